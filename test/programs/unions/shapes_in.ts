// Shapes without a shared tag, told apart with `in`; and with a `kind` tag through a type alias.
interface Circle {
  radius: number;
}
interface Rect {
  width: number;
  height: number;
}
interface Polygon {
  points: number[];
}
type Outline = Circle | Rect | Polygon;

function area(s: Outline): number {
  if ("radius" in s) return Math.PI * s.radius * s.radius;
  if ("width" in s) return s.width * s.height;
  let sum = 0;
  const p = s.points;
  for (let i = 0; i + 3 < p.length; i += 2) sum += p[i] * p[i + 3] - p[i + 2] * p[i + 1];
  return Math.abs(sum) / 2;
}

function label(s: Outline): string {
  return "radius" in s ? `circle r=${s.radius}` : "points" in s ? `polygon n=${s.points.length / 2}` : `rect ${s.width}x${s.height}`;
}

const outlines: Outline[] = [
  { radius: 2 },
  { width: 3, height: 4 },
  { points: [0, 0, 4, 0, 4, 3, 0, 0] },
  { radius: 0.5 },
];
let biggest: Outline | undefined;
for (const o of outlines) {
  console.log(label(o), area(o).toFixed(3));
  if (biggest === undefined || area(o) > area(biggest)) biggest = o;
}
console.log("biggest", biggest);
console.log(outlines.map((o) => ("radius" in o ? "c" : "width" in o ? "r" : "p")).join(""));
const o0 = outlines[0];
if ("radius" in o0) console.log(o0.radius * 2);
