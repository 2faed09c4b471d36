// Accepted corpus: a realistic sketch in issue 2's subset; must check clean and lower.
class Shape {
  static created = 0;
  constructor(public name: string) { Shape.created++; }
  area(): number { return 0; }
  describe(): string { return this.name + " " + this.area(); }
}
class Rect extends Shape {
  constructor(public w: number, public h: number) { super("rect"); }
  override area(): number { return this.w * this.h; }
}
class Square extends Rect {
  constructor(side: number) { super(side, side); this.name = "square"; }
  override describe(): string { return "[" + super.describe() + "]"; }
}
const shapes: Shape[] = [new Rect(2, 3), new Square(2), new Shape("blob")];
for (const s of shapes) console.log(s.describe(), s instanceof Rect, s instanceof Square);
console.log(Shape.created);
let timerCount = 0;
const handle = setInterval(() => {
  timerCount++;
  if (timerCount === 3) { clearInterval(handle); console.log("done", timerCount); }
}, 1);
setTimeout(() => console.log("timeout"), 0);
export function setup(): void { Serial.begin(115200); Serial.println("ready"); }
export function loop(): void { delay(10); }
