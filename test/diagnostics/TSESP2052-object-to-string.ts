interface Point {
  x: number;
  y: number;
}
const p: Point = { x: 1, y: 2 };
const pins: number[] = [2, 4];
console.log(`pins: ${pins}, point: ${p}`);
console.log("point: " + p);
console.log(String(p));
