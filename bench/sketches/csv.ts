// Builds 20,000 CSV telemetry lines, then parses them back: string concatenation, split,
// parseFloat/parseInt, toFixed and join, the daily work of a sketch that logs or speaks text protocols.
const lines: string[] = [];
for (let i = 0; i < 20000; i++) {
  const temperature = 20 + Math.sin(i / 100) * 5;
  const humidity = 40 + (i % 37);
  lines.push(`sensor-${i % 16},${i},${temperature.toFixed(2)},${humidity}`);
}
const text = lines.join("\n");

let sumT = 0;
let sumH = 0;
let count = 0;
for (const line of text.split("\n")) {
  const fields = line.split(",");
  if (fields.length !== 4 || !fields[0].startsWith("sensor-")) continue;
  sumT += parseFloat(fields[2]);
  sumH += parseInt(fields[3], 10);
  count++;
}
console.log("csv", count, (sumT / count).toFixed(4), (sumH / count).toFixed(4), text.length);
