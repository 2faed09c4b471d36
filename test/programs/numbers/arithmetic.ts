// JS remainder keeps the dividend's sign; division is never integer division.
const pairs: number[][] = [[7, 3], [-7, 3], [7, -3], [-7, -3], [5.5, 2], [-5.5, 2], [1, 0], [0, 5], [-0, 5], [10, 2.5]];
for (const pair of pairs) {
  const a = pair[0];
  const b = pair[1];
  console.log(`${a} % ${b} =`, a % b, `${a} / ${b} =`, a / b);
}
let total = 0;
for (let i = 1; i <= 10; i++) {
  total += 1 / i;
}
console.log("harmonic(10) =", total);
let x = 17;
x %= 5;
x *= 3;
x -= 0.5;
x /= 4;
console.log("x =", x);
console.log(0.1 * 3, 1 - 0.9, 1e16 + 1);
