const samples: number[] = [3, 9, 4];
const queue: number[] = [];
queue.push(...samples);
console.log(Math.max(...samples), queue.length);
