let a = 0;
let b = 0;
for (let i = 0; i < 3; i++, a++) {
  b += i;
}
console.log(a, b);
