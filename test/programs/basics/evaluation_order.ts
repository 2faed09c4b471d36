// Operands and arguments evaluate left to right, as in JS, even when they have side effects.
let n = 0;
function next(): number {
  n++;
  return n;
}
function pair(a: number, b: number): string {
  return `${a},${b}`;
}
console.log(pair(next(), next()), next() - next(), next() * 10 + next());
let i = 5;
console.log(pair(i, i++), pair(i++, i));
