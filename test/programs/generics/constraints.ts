// Generic helpers as sketches write them: a constraint with member calls (largest<T extends Shape>),
// explicit and inferred type arguments, default type arguments, generic arrow consts, and `===` on T
// behaving as JS for numbers (NaN, -0), strings and objects.
interface Shape {
  name: string;
  area(): number;
}
class Circle implements Shape {
  name = "circle";
  constructor(readonly r: number) {}
  area(): number {
    return Math.PI * this.r * this.r;
  }
}
class Rect implements Shape {
  name = "rect";
  constructor(readonly w: number, readonly h: number) {}
  area(): number {
    return this.w * this.h;
  }
}
function largest<T extends Shape>(shapes: T[]): T | undefined {
  let best: T | undefined = undefined;
  for (const s of shapes) if (best === undefined || s.area() > best.area()) best = s;
  return best;
}
const pick = <T>(xs: T[], i: number): T => xs[i % xs.length];
const same = <T>(a: T, b: T): boolean => a === b;
class Slot<T = number> {
  constructor(public value: T) {}
}
function pairUp<A extends number | string | boolean, B extends number[] | string>(a: A, b: B): string {
  return `${a}/${b}`;
}
const rects = [new Rect(2, 3), new Rect(1, 10)];
const big = largest(rects);
if (big !== undefined) console.log(big.name, big.w, big.area());
const mixed: Shape[] = [new Circle(1), new Rect(1, 3)];
console.log(largest<Shape>(mixed)?.name ?? "none");
console.log(pick([1, 2, 3], 4), pick(["a", "b"], 3), pick<boolean>([true, false], 1));
console.log(same(NaN, NaN), same("a", "a"), same(0, -0), same(rects[0], rects[0]), same(rects[0], rects[1]));
const s = new Slot(5);
const t = new Slot<string>("x");
s.value += 1;
t.value += "y";
console.log(s.value, t.value, pairUp(1, "one"), pairUp(true, [1, 2]));
