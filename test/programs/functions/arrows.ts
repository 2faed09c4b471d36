// Arrow functions and anonymous function expressions as values.
const square = (x: number): number => x * x;
const add = (a: number, b: number) => a + b;
const shout = function (s: string): string {
  return s.toUpperCase() + "!";
};
const apply = (f: (n: number) => number, v: number): number => f(v);
function compose(f: (n: number) => number, g: (n: number) => number): (n: number) => number {
  return (n: number) => f(g(n));
}
const inc = (n: number) => n + 1;
const squareThenInc = compose(inc, square);
console.log(square(7), add(2, 3), shout("hey"), apply(square, 9), squareThenInc(4));
const ops: ((a: number, b: number) => number)[] = [add, (a, b) => a - b, (a, b) => a * b, (a, b) => a / b];
console.log(ops.map((op) => op(12, 4)).join(","));
let noop = (): void => {};
noop();
noop = () => console.log("replaced");
noop();
