const rows: number[][] = [[1], [2, 3]];
console.log(rows.flat().length);
