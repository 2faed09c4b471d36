const a: number[] = [1, 2];
const b: number[] = [...a, 3];
console.log(b.length);
