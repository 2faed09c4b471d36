// boolean[] written by index: a prime sieve, a debounced button bank and a dirty-page tracker.
// (Boolean arrays are stored a byte per element so arr[i] = v writes a real slot.)

function sieve(limit: number): boolean[] {
  const composite: boolean[] = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  composite[0] = true;
  composite[1] = true;
  for (let p = 2; p * p <= limit; p++) {
    if (composite[p]) continue;
    for (let m = p * p; m <= limit; m += p) composite[m] = true;
  }
  return composite;
}

const composite = sieve(60);
const primes: number[] = [];
composite.forEach((c, i) => {
  if (!c) primes.push(i);
});
console.log("primes:", primes.join(" "));
console.log("first composite after 2:", composite.indexOf(true, 3), "last prime slot:", composite.lastIndexOf(false));

class ButtonBank {
  private stable: boolean[];
  private samples: boolean[][];
  constructor(count: number) {
    this.stable = new Array<boolean>(count).fill(false);
    this.samples = [];
    for (let i = 0; i < count; i++) this.samples.push([false, false, false]);
  }
  sample(pin: number, level: boolean): boolean {
    const history = this.samples[pin];
    history.shift();
    history.push(level);
    if (history.every((h) => h === level) && this.stable[pin] !== level) {
      this.stable[pin] = level;
      return true;
    }
    return false;
  }
  pressed(): boolean[] {
    return this.stable.slice();
  }
}

const bank = new ButtonBank(4);
const trace: boolean[][] = [
  [true, false, true, false],
  [true, false, false, false],
  [true, true, true, false],
  [true, true, true, true],
  [false, true, true, true],
];
for (const row of trace) {
  const changed: number[] = [];
  row.forEach((level, pin) => {
    if (bank.sample(pin, level)) changed.push(pin);
  });
  console.log("changed", changed, "state", bank.pressed());
}

const dirty: boolean[] = [false, false, false, false, false, false];
dirty[2] = true;
dirty[5] = true;
dirty[6] = true; // one past the end: grows the array
let flips = 0;
for (let i = 0; i < 6; i++) {
  dirty[i] = !dirty[i];
  flips++;
}
dirty[0] ||= true;
dirty[1] &&= false;
console.log("dirty", dirty.length, dirty.slice(0, 6));
console.log("includes true:", dirty.includes(true), "flips:", flips);
const sorted = dirty.slice(0, 6).sort();
console.log("sorted", sorted.join(","), "count true", dirty.filter((d) => d).length);
console.log("as bits", dirty.slice(0, 6).map((d) => (d ? "1" : "0")).join(""));
const popped = dirty.pop();
console.log("popped", popped, "reversed", dirty.slice(0, 6).reverse());
console.log(dirty.some((d) => d), dirty.findIndex((d) => d), dirty.at(-1));
interface Report {
  dirty: boolean[];
  seen: number;
}
const report: Report = { dirty: dirty.slice(0, 4), seen: new Set<boolean>(dirty).size };
console.log(report, JSON.stringify(report));
console.log(Array.from(dirty, (d, i) => (d ? i : -1)).filter((i) => i >= 0));
