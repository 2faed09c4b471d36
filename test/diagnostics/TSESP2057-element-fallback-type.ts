// A reading past the end of `readings` gives the string "n/a" in JS, but TypeScript types the
// result as number: refused. `readings[i] ?? 0` compiles.
const readings: number[] = [21.5, 22];
const third = readings[2] ?? "n/a";
const zero = readings[5] ?? 0;
console.log(third, zero);
