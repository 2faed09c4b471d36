// A report generator whose last line asks for an impossible precision: the RangeError the library
// raises is not caught, so the program prints it like Node (stderr) and exits with status 1.
// expect uncaught: RangeError: toFixed() digits argument must be between 0 and 100
const readings = [21.5, 22.25, 19.875];

function summary(precision: number): string {
  const total = readings.reduce((a, b) => a + b, 0);
  return `avg ${(total / readings.length).toFixed(precision)} over ${readings.length} readings`;
}

for (const p of [0, 2, 4]) console.log(summary(p));
try {
  console.log(summary(-1));
} catch (e) {
  console.log(`bad precision: ${e instanceof RangeError ? e.message : String(e)}`);
}
console.log(summary(1000));
console.log("never printed");
