// Callbacks that declare fewer parameters than their function type (TS allows it): an event bus
// with (code, message) handlers, a retry helper calling (attempt, lastError), and reducers.

type Handler = (code: number, msg: string) => void;

class EventBus {
  private handlers: Map<string, Handler[]> = new Map();
  on(event: string, handler: Handler): void {
    const list = this.handlers.get(event);
    if (list === undefined) this.handlers.set(event, [handler]);
    else list.push(handler);
  }
  emit(event: string, code: number, msg: string): number {
    const list = this.handlers.get(event);
    if (list === undefined) return 0;
    for (const h of list) h(code, msg);
    return list.length;
  }
}

let errors = 0;
const log: string[] = [];
const bus = new EventBus();
bus.on("error", (code) => {
  errors += code;
});
bus.on("error", (code, msg) => log.push(`E${code}:${msg}`));
bus.on("close", () => log.push("closed"));
console.log(bus.emit("error", 4, "timeout"), bus.emit("error", 7, "reset"), bus.emit("close", 0, ""), bus.emit("none", 1, "x"));
console.log(errors, log.join(" | "));

const handlers: ((code: number, msg: string) => void)[] = [(code) => console.log("first", code), () => console.log("second")];
handlers.push((c, m) => console.log("third", c, m));
handlers.forEach((h, i) => h(i * 10, `#${i}`));

function retry(times: number, attempt: (n: number, last: string) => boolean): number {
  let last = "";
  for (let n = 1; n <= times; n++) {
    if (attempt(n, last)) return n;
    last = `fail${n}`;
  }
  return -1;
}
console.log(retry(5, (n) => n * n > 10), retry(3, () => false));
console.log(retry(4, (n, last) => {
  console.log("attempt", n, last === "" ? "(first)" : last);
  return last === "fail2";
}));

function tally(values: number[], pick: (v: number, i: number, all: number[]) => number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += pick(values[i], i, values);
  return sum;
}
console.log(tally([3, 1, 4, 1, 5], (v) => v), tally([3, 1, 4], (v, i) => v * i), tally([2, 2], (v, i, all) => v + all.length));

function makeCounter(): (step: number, label: string) => number {
  let total = 0;
  return (step) => (total += step);
}
const count = makeCounter();
count(2, "a");
console.log(count(5, "b"));
