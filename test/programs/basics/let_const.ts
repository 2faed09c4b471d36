// let/const scoping and shadowing.
const LIMIT = 3;
let counter = 0;
{
  const LIMIT = 10;
  let counter = 100;
  counter += LIMIT;
  console.log("inner", LIMIT, counter);
}
console.log("outer", LIMIT, counter);
for (let i = 0; i < LIMIT; i++) {
  const doubled = i * 2;
  counter += doubled;
}
console.log("counter", counter);
let late: number;
late = 5;
console.log("late", late);
let flag = false;
if (!flag) flag = true;
const zero = counter - counter;
const emptyText = String(zero).slice(1);
console.log("flag", flag, !flag, !!counter, !zero, !emptyText, !(emptyText + "x"));
