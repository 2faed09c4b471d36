// Accepted: generics (classes, interfaces, functions, methods, generic arrow consts, constraints,
// defaults), type aliases, string enums, `as const`, readonly arrays, abstract classes, accessors.
enum Level {
  Info = "info",
  Warn = "warn",
}
type Pin = number;
type Handler<T> = (value: T) => void;
type Point = { x: number; y: number };
const PINS = [2, 4] as const;
const CONFIG = { baud: 9600, name: "node" } as const;
type PinName = (typeof PINS)[number];

interface Source<T> {
  read(): T;
}

abstract class Base<T extends number | string> implements Source<T> {
  abstract read(): T;
  get label(): string {
    return `${this.read()}`;
  }
}

class Fixed<T extends number | string = number> extends Base<T> {
  constructor(private readonly value: T) {
    super();
  }
  read(): T {
    return this.value;
  }
  map<U extends number | string>(f: (v: T) => U): Fixed<U> {
    return new Fixed<U>(f(this.value));
  }
}

function first<T>(xs: readonly T[]): T {
  return xs[0];
}
const twice = <T>(x: T): T[] => [x, x];

const p: Point = { x: 1, y: 2 };
const h: Handler<Pin> = (pin) => console.log(pin, Level.Warn);
const pin: PinName = first(PINS);
h(pin);
console.log(new Fixed(3).map((n) => `${n}`).label, twice<string>("a"), p.x, CONFIG.baud);
function sumAll(xs: ReadonlyArray<number>): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
console.log(sumAll(PINS));
