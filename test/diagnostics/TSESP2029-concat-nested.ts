const table: number[][] = [[1, 2]];
const more = table.concat([[3, 4]]);
console.log(more.length);
