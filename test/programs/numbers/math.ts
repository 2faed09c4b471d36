// Math functions with JS edge cases.
console.log(Math.floor(-2.5), Math.ceil(-2.5), Math.round(-2.5), Math.round(2.5), Math.round(-0.4), Math.round(0.49999999999999994));
console.log(Math.trunc(-4.7), Math.sign(-3), Math.sign(0), Math.abs(-7.25), Math.sqrt(2), Math.cbrt(27));
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(), Math.min(), Math.max(1, NaN), Math.min(0, -0));
console.log(Math.pow(2, 0.5), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), Math.hypot(3, 4));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2);
console.log(Math.sin(Math.PI / 6).toFixed(6), Math.cos(0), Math.atan2(1, 1), Math.log(Math.E), Math.log10(1000), Math.log2(8), Math.exp(1));
let inRange = true;
for (let i = 0; i < 100; i++) {
  const r = Math.random();
  if (r < 0 || r >= 1) inRange = false;
}
console.log("random in [0, 1):", inRange);
