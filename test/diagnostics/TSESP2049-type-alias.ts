type Point = { x: number; y: number };
const origin: Point = { x: 0, y: 0 };
console.log(origin.x);
