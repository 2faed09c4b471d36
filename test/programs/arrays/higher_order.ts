// map, filter, reduce and forEach over sensor samples.
const samples: number[] = [3, 8, 1, 9, 4, 7, 2];
const doubled = samples.map((s) => s * 2);
const big = samples.filter((s) => s > 4);
const total = samples.reduce((acc, s) => acc + s, 0);
const max = samples.reduce((a, b) => (a > b ? a : b));
console.log(doubled.join(","), big.join(","), total, max);
const labelled = samples.map((s, i) => `#${i}=${s}`);
console.log(labelled.join(" "));
samples.forEach((s, i) => {
  if (i < 2) console.log("sample", i, s);
});
const csv = samples.reduce((acc, s, i) => acc + (i > 0 ? "," : "") + s, "");
console.log(csv);
const evensIdx = samples.filter((s, i) => i % 2 === 0).map((s) => s.toString());
console.log(evensIdx.join("|"));
const lengths = ["a", "bb", "ccc"].map((w) => w.length);
console.log(lengths.join(","), [1, 2, 3].map((n) => String(n)).join("/"));
