// Each loop iteration gets its own `let` binding, as in JS.
const handlers: (() => string)[] = [];
for (let i = 0; i < 4; i++) {
  handlers.push(() => `handler ${i}`);
}
console.log(handlers.map((h) => h()).join(", "));
const later: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  later.push(() => i * 10);
  i++;
}
console.log(later.map((f) => f()).join(","));
const perBody: (() => number)[] = [];
for (let k = 0; k < 3; k++) {
  const snapshot = k * k;
  perBody.push(() => snapshot);
}
console.log(perBody.map((f) => f()).join(","));
const names: string[] = ["a", "b", "c"];
const greeters: (() => string)[] = [];
for (const n of names) greeters.push(() => "hi " + n);
console.log(greeters.map((g) => g()).join("; "));
let j = 0;
const whileFns: (() => number)[] = [];
while (j < 3) {
  const captured = j;
  whileFns.push(() => captured + j);
  j++;
}
console.log(whileFns.map((f) => f()).join(","));
const skip: (() => number)[] = [];
for (let i = 0; i < 6; i++) {
  if (i % 2 === 0) continue;
  skip.push(() => i);
}
console.log(skip.map((f) => f()).join(","));
