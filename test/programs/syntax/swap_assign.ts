// Destructuring assignments as sketch code writes them: swapping in sorts and gcd, stepping a
// Fibonacci pair, rotating a command queue, taking the corners of a bounding box, and updating
// fields of a tracker from a reading in one statement.

interface Reading {
  x: number;
  y: number;
  label: string;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function bubbleSort(xs: number[]): number[] {
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j + 1 < xs.length - i; j++) {
      if (xs[j] > xs[j + 1]) [xs[j], xs[j + 1]] = [xs[j + 1], xs[j]];
    }
  }
  return xs;
}

function fibonacci(n: number): number[] {
  const out: number[] = [];
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    out.push(a);
    [a, b] = [b, a + b];
  }
  return out;
}

class Tracker {
  lo = Infinity;
  hi = -Infinity;
  lastLabel = "";
  x = 0;
  y = 0;

  update(r: Reading): void {
    ({ x: this.x, y: this.y, label: this.lastLabel } = r);
    [this.lo, this.hi] = [Math.min(this.lo, r.y), Math.max(this.hi, r.y)];
  }
}

console.log("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
console.log("sorted", bubbleSort([5, 3, 9, 1, 5, 0, -2]).join(" "));
console.log("fib", fibonacci(12).join(","));

let queue = ["led on", "wait 100", "led off", "wait 100"];
let head = "";
for (let round = 0; round < 3; round++) {
  [head, ...queue] = queue;
  queue.push(head);
  console.log(`run '${head}', next '${queue[0]}', ${queue.length} queued`);
}

let x = 0;
let y = 0;
let label = "";
const origin: Reading = { x: 3, y: -4, label: "p0" };
({ x, y, label } = origin);
console.log("point", label, x, y, Math.sqrt(x * x + y * y));

let lo = 0;
let hi = 0;
let rest: number[] = [];
const box = [[10, 20], [5, 40]];
let corner: number[] = [];
[[lo, hi], corner] = box;
console.log("box", lo, hi, corner.join("x"));
[lo = -1, hi = -1, ...rest] = [7];
console.log("defaults", lo, hi, rest.length);

const tracker = new Tracker();
const readings: Reading[] = [origin, { x: 1, y: 9, label: "p1" }, { x: 2, y: 2, label: "p2" }];
for (const r of readings) tracker.update(r);
console.log("tracker", tracker.lastLabel, tracker.x, tracker.y, tracker.lo, tracker.hi);

// the value of a destructuring assignment is its right side
let p = 0;
let q = 0;
const pair: number[] = ([p, q] = [q + 1, p + 2]);
console.log("value", pair.join("/"), p, q);

// a closure sees the swapped values
let left = "L";
let right = "R";
const show = (): string => `${left}${right}`;
[left, right] = [right, left];
console.log("closure", show());

// two cursors walking toward each other, declared by one pattern in the loop header
const word = "racecar";
let palindrome = true;
for (let [lo, hi] = [0, word.length - 1]; lo < hi; [lo, hi] = [lo + 1, hi - 1]) {
  if (word[lo] !== word[hi]) palindrome = false;
}
console.log("palindrome", word, palindrome);
