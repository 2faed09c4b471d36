// An object pool for radio packet buffers and timers: acquire() reuses released objects before it
// creates new ones (the factory is a closure), with getters for the pool statistics.
interface Packet {
  id: number;
  bytes: number[];
}

class Pool<T> {
  private free: T[] = [];
  private created = 0;
  private inUse = 0;

  constructor(private readonly create: () => T, private readonly reset: (item: T) => void, readonly limit: number) {}

  acquire(): T | undefined {
    const reused = this.free.pop();
    if (reused !== undefined) {
      this.inUse++;
      return reused;
    }
    if (this.created >= this.limit) return undefined;
    this.created++;
    this.inUse++;
    return this.create();
  }

  release(item: T): void {
    this.reset(item);
    this.free.push(item);
    this.inUse--;
  }

  get stats(): string {
    return `created=${this.created} inUse=${this.inUse} free=${this.free.length}`;
  }

  get exhausted(): boolean {
    return this.created >= this.limit && this.free.length === 0;
  }
}

let nextId = 1;
const packets = new Pool<Packet>(
  (): Packet => ({ id: nextId++, bytes: [] }),
  (p) => {
    p.bytes = [];
  },
  2,
);

function send(payload: number[]): string {
  const p = packets.acquire();
  if (p === undefined) return "dropped (pool exhausted)";
  for (const b of payload) p.bytes.push(b & 0xff);
  const line = `packet #${p.id}: ${p.bytes.join(" ")}`;
  return line;
}

const first = packets.acquire();
console.log(send([1, 2, 300]), "|", packets.stats);
console.log(send([4]), "|", packets.stats, packets.exhausted);
if (first !== undefined) {
  first.bytes.push(9);
  packets.release(first);
  console.log("released", first, packets.stats);
}
console.log(send([7, 7]), "|", packets.stats, packets.exhausted);

const labels = new Pool<string>(() => "label", (_label) => {}, 3);
const a = labels.acquire() ?? "none";
const b = labels.acquire() ?? "none";
labels.release(a);
console.log(a, b, labels.acquire(), labels.stats);
