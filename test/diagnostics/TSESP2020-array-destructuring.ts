const pair: number[] = [1, 2];
const [a, b] = pair;
console.log(a, b);
