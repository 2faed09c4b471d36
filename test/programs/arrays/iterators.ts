// Index-aware loops over arrays with entries(), keys() and values(), as a display or a packet
// dump uses them.
const packet = [0x7e, 0x01, 0x10, 0xff, 0x7e];
const lines: string[] = [];
for (const [offset, byte] of packet.entries()) {
  if (byte === 0xff) continue;
  lines.push(`${offset}:${byte.toString(16).padStart(2, "0")}`);
}
console.log(lines.join(" "));

const labels = ["temp", "hum", "door"];
for (const i of labels.keys()) console.log(i, labels[i]);
let total = 0;
for (const v of packet.values()) total += v;
console.log(total);

// the loop sees elements pushed while it runs, as JS's live iterator does
const work = [1, 2];
for (const [i, n] of work.entries()) {
  if (n < 3) work.push(n + 2);
  console.log("step", i, n);
}
outer: for (const [row, name] of labels.entries()) {
  for (const [col] of labels.entries()) {
    if (col > row) continue outer;
    if (name === "door") break outer;
    console.log(row, col);
  }
}
