// Nested arrays: a small matrix and a jagged list.
const matrix: number[][] = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
const transposed: number[][] = [];
for (let c = 0; c < 3; c++) {
  const row: number[] = [];
  for (let r = 0; r < 3; r++) row.push(matrix[r][c]);
  transposed.push(row);
}
console.log(transposed.map((row) => row.join(" ")).join(" / "));
matrix[1][1] = 50;
console.log(matrix[1].join(","), matrix.length, matrix[2].length);
const jagged: string[][] = [["a"], [], ["b", "c"]];
jagged[1].push("x");
console.log(jagged.map((r) => r.length).join(","), jagged.join(";"), String(matrix));
const diagonal = matrix.map((row, i) => row[i]);
console.log(diagonal.join(","));
