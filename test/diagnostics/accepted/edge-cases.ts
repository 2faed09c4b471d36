// Constructs close to a refusal that the checker must still accept.
interface Vec {
  x: number;
  y: number;
}

interface Segment {
  from: Vec;
  to: Vec;
  label: string;
}

interface Handler {
  onEvent: (code: number) => void;
}

const enum Flags {
  None = 0,
  Ready = 1 << 0,
  Busy = 1 << 1,
}

class Grid {
  private cells: number[][] = [];
  readonly size: number;
  static readonly DEFAULT = 4;

  constructor(size: number = Grid.DEFAULT) {
    this.size = size;
    for (let r = 0; r < size; r++) {
      const row: number[] = [];
      for (let c = 0; c < size; c++) row.push(0);
      this.cells.push(row);
    }
  }

  set(r: number, c: number, v: number): void {
    this.cells[r][c] = v;
  }

  sum(): number {
    let total = 0;
    this.cells.forEach((row) => {
      row.forEach((v) => {
        total += v;
      });
    });
    return total;
  }

  scaled(factor: number): number[] {
    return this.cells.map((row) => row.reduce((acc, v) => acc + v * factor, 0));
  }

  onTick = (): number => this.sum();
}

function segment(label: string): Segment {
  return { from: { x: 0, y: 0 }, to: { x: 1, y: 1 }, label };
}

function find(xs: number[], wanted: number): number | undefined {
  for (const x of xs) {
    if (x === wanted) return x;
  }
  return undefined;
}

function apply(f: (n: number) => number, n?: number): number {
  return n === undefined ? f(0) : f(n);
}

const handler: Handler = {
  onEvent: (code) => console.log("event", code),
};
handler.onEvent(7);

const grid = new Grid();
grid.set(1, 2, 5);
console.log(grid.sum(), grid.scaled(2).join(","), grid.onTick(), grid.size);
const segs: Segment[] = [segment("a"), { from: { x: 1, y: 2 }, to: { x: 3, y: 4 }, label: "b" }];
console.log(segs[1].to.y, segs.length, find([1, 2, 3], 2), find([], 9) === undefined);
console.log(apply((n) => n + 1), apply((n) => n * 2, 4));
const state: Flags = Flags.Ready | Flags.Busy;
console.log(state & Flags.Busy, Flags.None);
const names: Array<string> = ["x"];
names[0] = names[0] + "!";
const letters = "abc".split("");
const codes = letters.map((ch) => ch.charCodeAt(0));
codes.sort((a, b) => a - b);
console.log(letters.join(""), codes.indexOf(98), codes.includes(99), names.length);
let text = "";
for (let i = 0; i < 3; i++) {
  text += String(i);
  text = `${text}|`;
}
console.log(text, text.length > 0 ? text.charAt(0) : "", -text.length, +"4", !text);
let countdown = 3;
while (countdown > 0) countdown--;
console.log(countdown, Math.round(2.5), Math.abs(-1), Math.sqrt(16), Math.min(3, 1));
const big: number = 1e21;
console.log(big, 0.1 + 0.2, 1 / 0, -1 / 0, 0 / 0);
const readings: number[] = [4, 5];
const newest = readings.pop()!;
const double = function (n: number): number {
  return n * 2;
};
console.log(newest, double(newest));
const word = "héllo";
let letters2 = "";
for (const ch of word) letters2 += ch;
for (let i = 0; i < word.length; i++) letters2 += word[i];
const shape: Shape2 = { area: () => 4, name: "sq" };
console.log(letters2, shape.area(), shape.name);

interface Shape2 {
  area: () => number;
  name: string;
}
