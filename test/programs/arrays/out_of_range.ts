// Reading past the end of an array is defined (undefined in JS), never a crash.
const names: string[] = ["zero", "one"];
const missing = names[5];
console.log(missing, "value:" + missing, names[-1] === undefined, names.length);
const grid: number[][] = [[1]];
console.log(grid.length, grid[0][0]);
const s = "abc";
console.log(s[1], s[10] === undefined, "" + s[3]);
