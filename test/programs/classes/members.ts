// Function-typed interface fields, default constructor and method parameters, methods returning
// `T | undefined`, callbacks taking (value, index).
interface Handler { onEvent: (name: string) => number; label: string }
const h: Handler = { label: "h", onEvent: (n) => n.length };
console.log(h.onEvent("abc"), h.label);
class Counter {
  static instances = 0;
  private values: number[] = [];
  constructor(private step: number = 1) { Counter.instances++; }
  add(times: number = 1): void { for (let i = 0; i < times; i++) this.values.push(this.values.length * this.step); }
  get(i: number): number | undefined { return i < this.values.length ? this.values[i] : undefined; }
  sum(): number { return this.values.reduce((a, b) => a + b, 0); }
}
const c = new Counter(3);
c.add(3);
c.add();
const d = new Counter();
d.add(2);
const v = c.get(10);
console.log(c.sum(), v === undefined, c.get(1) ?? -1, Counter.instances, d.sum());
function apply(values: number[], f: (v: number, i: number) => number): number[] { return values.map(f); }
console.log(apply([1, 2], (v, i) => v * 10 + i).join(","));
const words = ["b", "a", "c"];
words.sort();
console.log(words.join(""), words.map((w, i) => w + i).filter((w) => w !== "a1").join(" "));
let acc = "";
[1, 2, 3].forEach((n) => { acc += n; });
console.log(acc, [1, 2, 3].reduce((a, b) => a * b));
