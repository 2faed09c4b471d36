interface Point {
  x: number;
}
const p: Point = { x: 1 };
with (p) {
  console.log(x);
}
