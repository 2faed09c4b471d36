const table: number[][] = [[1, 2]];
const row: number[] = [3, 4];
const more = table.concat(row);
console.log(more.length);
