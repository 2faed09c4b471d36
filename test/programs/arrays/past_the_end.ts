// Reading past the end of a number[] the way parsers do: probing with `=== undefined`, falling
// back with `??`, and destructuring with defaults. These behave exactly as in JS.
function readWord(bytes: number[], at: number): number {
  const hi = bytes[at] ?? 0;
  const lo = bytes[at + 1] ?? 0;
  return (hi << 8) | lo;
}

function countUntilEnd(values: number[]): number {
  let n = 0;
  while (values[n] !== undefined) n++;
  return n;
}

const frame = [0x12, 0x34, 0x56];
console.log(readWord(frame, 0), readWord(frame, 2), readWord(frame, 5), readWord(frame, -1));
console.log(countUntilEnd(frame), countUntilEnd([]), countUntilEnd([NaN, 0, -1]));
console.log(frame[3] === undefined, frame[2] === undefined, undefined === frame[1.5], (frame[0]) !== undefined);
const grown: number[] = [];
grown[0] = 7;
grown.push(NaN);
console.log(grown.length, grown[1] ?? -1, grown[2] ?? -1, grown[1] === undefined, grown[2] === undefined);
const names = ["a", "b"];
console.log(names[5] ?? "none", names[1] ?? "none", names[2] === undefined);

function settings(values: number[]): string {
  const [baud = 115200, bits = 8, stop = 1] = values;
  return `${baud} ${bits} ${stop}`;
}
console.log(settings([]), settings([9600]), settings([9600, 7, 2, 99]));
