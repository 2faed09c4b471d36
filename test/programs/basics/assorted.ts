// Assorted accepted constructs: const enums, Array<T>, protected/private members, static factories,
// optional values, string +=, compound assignment through fields and nested arrays.
const enum Mode { Off, On = 5 }
const list: Array<number> = [3, 1, 2];
const ro: string[] = ["a", "b"];
let m = Mode.On;
class Base {
  protected secret = 1;
  private hidden(): number { return 2; }
  reveal(): number { return this.secret + this.hidden(); }
  static make(): Base { return new Base(); }
}
class Derived extends Base {
  constructor() { super(); this.secret = 10; }
}
const things: Base[] = [Base.make(), new Derived()];
let total = 0;
for (const t of things) total += t.reveal();
let x: number | undefined;
x = list.pop();
if (x !== undefined) total += x;
const y = x ?? 0;
let s = "ab";
s += 1;
s += true;
const fn: (a: number) => void = (a) => { total += a; };
fn(1);
do { total--; } while (total > 100);
const neg = -list[0];
const bits = ~~3.7;
const u = 1 >>> 0;
console.log(m, list.length, ro.join(""), total, y, s, neg, bits, u, Mode.Off);
function opt(a: number, b?: string): string { return b === undefined ? `${a}` : b + a; }
console.log(opt(1), opt(2, "x"));
let c = 0;
c += 2;
c++;
console.log(c, list.indexOf(1) !== -1, ro.includes("b"));
interface P { x: number; y: number }
const pts: P[] = [{ x: 1, y: 2 }];
pts[0].x += 5;
pts[0].y++;
console.log(pts[0].x, pts[0].y);
const nested: number[][] = [[1]];
nested[0][0] += 1;
nested[0].push(nested[0][0] * 2);
console.log(nested[0].join(","));
