// for, while, do...while, break and continue.
let out = "";
for (let i = 0; i < 10; i++) {
  if (i === 2) continue;
  if (i === 7) break;
  out += i;
}
console.log("for:", out);
let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log("collatz steps:", steps);
let attempts = 0;
do {
  attempts++;
} while (attempts < 0);
console.log("do-while ran", attempts);
let grid = "";
for (let row = 0; row < 3; row++) {
  for (let col = 0; col < 5; col++) {
    if (col > row + 1) break;
    grid += `${row}${col} `;
  }
}
console.log(grid.trim());
let countdown = 3;
while (true) {
  console.log("countdown", countdown);
  countdown--;
  if (countdown === 0) break;
}
for (const v of [1, 2, 3, 4, 5, 6]) {
  if (v % 3 === 0) continue;
  console.log("value", v);
}
