// Number printing: shortest round-trip digits and the exponent thresholds of Number::toString.
const samples: number[] = [0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 1.5e21, 123456789012345680000,
  1e-6, 1e-7, 1.5e-7, 0.000001234, 5e-324, 1.7976931348623157e308, 255, 4294967296, 9007199254740993, 3.14159, -2.5e-10];
for (const x of samples) {
  console.log(x, String(x), `${x}`, "" + x);
}
console.log(NaN, Infinity, -Infinity, 0 / 0, 1 / 0, -1 / 0);
console.log(-0, 0 * -1, String(-0), (-0).toString());
console.log(123.456, 1000000, 12e3, 0.5, 1.005, 99.99);
