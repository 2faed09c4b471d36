// Accepted corpus: optional values, arrays, callbacks, recursion and timers.
const fns: Array<() => void> = [];
fns.push(() => undefined);
fns.push(() => { console.log("x"); });
for (const f of fns) f();
const u = undefined;
console.log(u);
let maybe: string | undefined;
maybe = "a";
console.log(maybe, maybe === undefined);
const matrix: number[][] = [];
for (let r = 0; r < 2; r++) { matrix.push([]); for (let c = 0; c < 2; c++) matrix[r].push(r * c); }
console.log(matrix.map((row) => row.join(" ")).join("/"), matrix[0][5], matrix.length);
const strs = ["b", "a"].map((s) => s.toUpperCase()).filter((s) => s !== "B");
console.log(strs.join(), strs.indexOf("A"), ["x"].includes("x"));
const total = [1, 2, 3].reduce((acc, v) => acc + v);
console.log(total, [1, 2, 3].slice(-2).join());
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const results: number[] = [];
for (let i = 0; i < 10; i++) results.push(fib(i));
console.log(results.join(" "));
let idx = results.length;
while (idx-- > 0) { if (results[idx] % 2 === 0) continue; }
console.log(idx, results.pop(), results.length);
setTimeout(() => { console.log("t1"); setTimeout(() => console.log("t2"), 5); }, 1);
