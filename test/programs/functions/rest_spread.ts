// Rest parameters and spread: a logger with a variable number of values, frame building from parts,
// a checksum over any number of byte arrays, and constructors/closures taking rest arguments.
function logValues(tag: string, ...values: number[]): string {
  const line = `${tag}: ${values.length} [${values.join(" ")}]`;
  console.log(line);
  return line;
}

function checksum(...chunks: number[][]): number {
  let sum = 0;
  for (const chunk of chunks) for (const byte of chunk) sum = (sum + byte) & 0xff;
  return sum;
}

class Frame {
  readonly bytes: number[];
  constructor(readonly kind: number, ...payload: number[]) {
    this.bytes = [0xaa, kind, payload.length, ...payload];
    this.bytes.push(checksum(this.bytes));
  }
  with(...more: number[]): Frame {
    return new Frame(this.kind, ...this.bytes.slice(3, 3 + this.bytes[2]), ...more);
  }
}

logValues("empty");
logValues("one", 1);
const readings = [21.5, 22, 22.5];
logValues("spread", ...readings);
logValues("mixed", 0, ...readings, 99, ...[7, 8]);

const header = [0xaa, 0x55];
const body = [1, 2, 3];
const copy = [...body];
copy.push(4);
console.log([...header, ...body, 0xff], copy, body, [...[], ...[1]]);
console.log(checksum(), checksum(header), checksum(header, body, [250, 10]), checksum(...[header, body]));

const f = new Frame(7, 10, 20);
console.log(f.bytes, f.with(30, 40).bytes, new Frame(1).bytes);

// arrays of arrays: spread the outer array, append a row
const rows: number[][] = [[1, 2]];
const more = [...rows, [3], ...[[4, 5]]];
console.log(more.length, more.map((r) => r.length).join(","));

// a closure with a rest parameter, and the evaluation order of packed arguments
let counter = 0;
const tick = (): number => ++counter;
const collect = (first: number, ...others: number[]): number[] => [first * 100, ...others];
console.log(collect(tick(), tick(), ...[tick(), tick()], tick()));
function strings(...parts: string[]): string {
  return parts.join("/");
}
console.log(strings(), strings("a"), strings(...["x", "y"], "z"));
