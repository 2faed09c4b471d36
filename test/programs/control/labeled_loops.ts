// Labeled break/continue in the kind of loops sketch code has: scanning a frame table for a
// header, skipping bad rows, and a retry loop with an inner poll.
const frames: number[][] = [
  [0x10, 0x20, 0x30],
  [0xaa, 0x55, 0x01, 0x02],
  [0x01, 0xff, 0x03],
  [0xaa, 0x55, 0x09],
];

// find the first frame that starts with the sync word 0xAA 0x55
let found = -1;
search: for (let f = 0; f < frames.length; f++) {
  const frame = frames[f];
  for (let i = 0; i + 1 < frame.length; i++) {
    if (frame[i] === 0xaa && frame[i + 1] === 0x55) {
      found = f;
      break search;
    }
  }
}
console.log("sync frame", found);

// sum each row, skipping rows that contain an invalid byte (0xff)
const sums: number[] = [];
rows: for (const frame of frames) {
  let sum = 0;
  for (const byte of frame) {
    if (byte === 0xff) continue rows;
    sum += byte;
  }
  sums.push(sum);
}
console.log("row sums", sums.join(" "));

// nested while/do loops with labels, and a label whose loop the inner code leaves by `continue`
let attempt = 0;
let polls = 0;
retry: while (attempt < 5) {
  attempt++;
  let tick = 0;
  do {
    tick++;
    polls++;
    if (tick === attempt) continue retry;
    if (attempt === 3 && tick === 2) break retry;
  } while (tick < 10);
  console.log("never gets here", attempt);
}
console.log("attempt", attempt, "polls", polls);

// the same label name in two functions, and closures capturing a labeled loop's variable
function firstPair(xs: number[], target: number): string {
  outer: for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[i] + xs[j] === target) {
        return `${i}+${j}`;
      }
      if (xs[j] > target) continue outer;
    }
  }
  return "none";
}
function countBelow(grid: number[][], limit: number): number {
  let count = 0;
  outer: for (const row of grid) {
    for (const v of row) {
      if (v >= limit) continue outer;
      count++;
    }
  }
  return count;
}
console.log(firstPair([1, 9, 4, 6, 5], 10), firstPair([20, 1], 5), countBelow([[1, 2, 9], [3], [8, 1]], 5));

const readers: (() => number)[] = [];
scan: for (let i = 0; i < 6; i++) {
  for (let k = 0; k < 3; k++) {
    if (k === 1 && i % 2 === 1) continue scan;
    if (i === 4) break scan;
  }
  readers.push(() => i * 10);
}
console.log(readers.map((r) => r()).join(","));
