const readings: number[] = [1, 2];
const last = readings.pop()!;
console.log(last + 1);
