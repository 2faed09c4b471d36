// Unions that used to be refused (TSESP2017, 2038, 2039, 2044, 2048): null, primitive mixes narrowed by
// typeof, discriminated unions, optional properties and optional chaining.
interface Options {
  pin: number;
  inverted?: boolean;
  label?: string;
}
interface Circle {
  kind: "circle";
  radius: number;
}
interface Square {
  kind: "square";
  side: number;
}
type Shape = Circle | Square;

let handle: number | null = null;
handle = 3;
let state: number | string = 1;
state = "idle";
const ready = digitalRead(4) === HIGH;

function pick(useName: boolean) {
  return useName ? "led" : 2;
}
function describe(value: number | string): string {
  return typeof value === "number" ? `n${value}` : value.toUpperCase();
}
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return 3 * s.radius * s.radius;
    case "square":
      return s.side * s.side;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}
const options: Options = { pin: 2 };
const shapes: Shape[] = [{ kind: "circle", radius: 1 }, { kind: "square", side: 2 }];
console.log(handle, state, ready ? "ready" : 0, pick(true), describe(4), describe("a"));
console.log(options.label?.length, options.inverted ?? false, shapes.map(area));
if ("radius" in shapes[0]) console.log(shapes[0].radius);
