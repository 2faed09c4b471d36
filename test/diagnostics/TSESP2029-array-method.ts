const queue: number[] = [1, 2, 3];
queue.splice(0, 1);
console.log(queue.length);
