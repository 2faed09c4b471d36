interface Point {
  x: number;
  y: number;
}
const origin: Point = { x: 0, y: 0 };
const { x, y } = origin;
console.log(x, y);
