// Sorts 100,000 pseudo-random readings with a comparator, then computes percentiles: arrays of
// numbers, a user comparator called ~1.7 million times, and slice/reduce.
const readings: number[] = [];
let seed = 99;
for (let i = 0; i < 100000; i++) {
  seed = (seed * 16807) % 2147483647;
  readings.push((seed % 100000) / 100);
}
const sorted = readings.slice();
sorted.sort((a, b) => a - b);
const p = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
console.log("sort", p(0.5), p(0.9), p(0.99), mean.toFixed(3));
