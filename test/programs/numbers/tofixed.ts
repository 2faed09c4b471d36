// toFixed rounds half away from zero on the exact value; toString(radix) for hex dumps.
const readings: number[] = [0, 1.005, 1.25, 2.5, -2.5, 0.5, 1.45, 8.345, 123.456, -0.0001, 1e21, 1234.5678, 0.000001];
for (const r of readings) {
  console.log(r.toFixed(0), r.toFixed(1), r.toFixed(2), r.toFixed(4));
}
const bytes: number[] = [0, 7, 10, 15, 16, 127, 128, 255, 4096, 65535];
let dump = "";
for (const b of bytes) {
  const hex = b.toString(16);
  dump += (hex.length < 2 ? "0" + hex : hex) + " ";
}
console.log(dump.trim());
console.log((255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16), (1e21).toString(16));
