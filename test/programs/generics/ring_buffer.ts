// A fixed-capacity ring buffer for sensor samples and log records: the oldest entry is dropped when
// the buffer is full. Used with numbers, strings and objects.
class RingBuffer<T> {
  private items: T[] = [];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {}

  push(item: T): void {
    if (this.count < this.capacity) {
      this.items.push(item);
      this.count++;
    } else {
      this.items[this.head] = item;
      this.head = (this.head + 1) % this.capacity;
    }
  }

  get size(): number {
    return this.count;
  }

  at(index: number): T | undefined {
    if (index < 0 || index >= this.count) return undefined;
    return this.items[(this.head + index) % this.capacity];
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.items[(this.head + i) % this.capacity]);
    return out;
  }

  contains(item: T): boolean {
    for (const x of this.items) if (x === item) return true;
    return false;
  }

  map<U>(f: (item: T) => U): U[] {
    return this.toArray().map(f);
  }
}

interface LogRecord {
  level: string;
  text: string;
}

function average(buf: RingBuffer<number>): number {
  let sum = 0;
  for (const x of buf.toArray()) sum += x;
  return buf.size === 0 ? 0 : sum / buf.size;
}

const temps = new RingBuffer<number>(4);
for (const t of [21.5, 22, 22.5, 23, 24.25, NaN]) {
  temps.push(t);
  console.log(`pushed ${t}: size=${temps.size} avg=${average(temps).toFixed(2)}`);
}
console.log(temps.toArray(), temps.at(0), temps.at(7));
console.log("contains 23:", temps.contains(23), "contains NaN:", temps.contains(NaN));

const names = new RingBuffer<string>(2);
names.push("boot");
names.push("wifi");
names.push("mqtt");
console.log(names.toArray().join(" > "), names.contains("boot"), names.contains("mqtt"));
console.log(names.map((s) => s.length));

const log = new RingBuffer<LogRecord>(3);
const warn: LogRecord = { level: "warn", text: "low battery" };
log.push({ level: "info", text: "started" });
log.push(warn);
log.push({ level: "error", text: "sensor timeout" });
log.push({ level: "info", text: "retry ok" });
console.log(log.map((r) => `[${r.level}] ${r.text}`));
console.log("has warn:", log.contains(warn), log.at(0));
const first = log.at(0);
if (first !== undefined) console.log(first.text.toUpperCase());
