// Actuators in a Map keyed by pin: Map<number, Led | Servo> lookups, find/reduce over a union array,
// a nullable Map field created on first use, a union remembered by a closure.
interface Led { kind: "led"; pin: number; on: boolean }
interface Servo { kind: "servo"; pin: number; angle: number }
type Act = Led | Servo;
const acts: Act[] = [{ kind: "led", pin: 2, on: true }, { kind: "servo", pin: 9, angle: 90 }];
const byPin = new Map<number, Act>();
for (const a of acts) byPin.set(a.pin, a);
const nine = byPin.get(9);
if (nine && nine.kind === "servo") console.log("servo at", nine.angle);
console.log(byPin.get(3) ?? "none", byPin.get(2)?.kind);
let last: Act | undefined;
const remember = (a: Act): void => {
  last = a;
};
acts.forEach(remember);
console.log(last?.pin, `${acts[0].kind}/${acts[1].kind}`);
class Cache {
  private hits: Map<string, number> | null = null;
  note(k: string): number {
    if (this.hits === null) this.hits = new Map<string, number>();
    const n = (this.hits.get(k) ?? 0) + 1;
    this.hits.set(k, n);
    return n;
  }
}
const c = new Cache();
c.note("a");
console.log(c.note("a"), c.note("b"), c);
function pick(i: number): Led | Servo | null {
  return i < acts.length ? acts[i] : null;
}
for (let i = 0; i < 3; i++) {
  const p = pick(i);
  console.log(i, p === null ? "-" : p.kind === "led" ? (p.on ? "lit" : "dark") : p.angle);
}
const sum = acts.reduce((s, a) => s + (a.kind === "servo" ? a.angle : a.on ? 1 : 0), 0);
console.log(sum, acts.find((a) => a.kind === "servo")?.pin, acts.some((a) => a.kind === "led"));
