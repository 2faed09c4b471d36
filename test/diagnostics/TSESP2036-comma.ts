let a = 0;
let b = 0;
for (let i = 0; i < 3; i++, a++) {
  b += i; // the comma in a for update clause is compiled
}
a = 1, b = 2; // anywhere else it is refused
const last = (a++, b);
console.log(a, b, last);
