const buffer: number[] = new Array(8);
const pair = new Array<number>(1, 2);
console.log(buffer.length, pair.length);
