// A fixed-size byte ring buffer, as a UART driver keeps received bytes until the protocol parser
// reads them: power-of-two capacity, head/tail indexes, overrun counting, peek, bulk read into a
// caller's Uint8Array and a line reader on top.
class ByteRing {
  private readonly storage: Uint8Array;
  private readonly mask: number;
  private head = 0; // next write
  private tail = 0; // next read
  overruns = 0;

  constructor(capacityLog2: number) {
    this.storage = new Uint8Array(1 << capacityLog2);
    this.mask = this.storage.length - 1;
  }

  get size(): number {
    return (this.head - this.tail) & 0xffff;
  }
  get free(): number {
    return this.storage.length - this.size;
  }

  write(bytes: Uint8Array): number {
    let written = 0;
    for (const b of bytes) {
      if (this.free === 0) {
        this.overruns++;
        continue;
      }
      this.storage[this.head & this.mask] = b;
      this.head = (this.head + 1) & 0xffff;
      written++;
    }
    return written;
  }

  peek(offset: number): number {
    return offset < this.size ? this.storage[(this.tail + offset) & this.mask] : -1;
  }

  read(into: Uint8Array): number {
    const n = Math.min(into.length, this.size);
    for (let i = 0; i < n; i++) into[i] = this.storage[(this.tail + i) & this.mask];
    this.tail = (this.tail + n) & 0xffff;
    return n;
  }

  /** The next "\n"-terminated line (without it), or undefined if none is complete yet. */
  readLine(): string | undefined {
    for (let i = 0; i < this.size; i++) {
      if (this.peek(i) !== 10) continue;
      const line = new Uint8Array(i + 1);
      this.read(line);
      return new TextDecoder().decode(line.subarray(0, i));
    }
    return undefined;
  }
}

const ring = new ByteRing(4); // 16 bytes
const enc = new TextEncoder();
console.log(ring.write(enc.encode("AT+OK\nAT+TEMP=2")), ring.size, ring.free);
console.log(ring.readLine(), ring.readLine(), ring.size);
ring.write(enc.encode("1.5\nAT+HUM=40\n"));
console.log(ring.size, ring.overruns);
let line = ring.readLine();
while (line !== undefined) {
  console.log("line:", line);
  line = ring.readLine();
}
console.log(ring.size, ring.overruns);

// wrap-around many times; the indexes stay 16-bit
const chunk = new Uint8Array(5);
const sink = new Uint8Array(3);
let total = 0;
let checksum = 0;
for (let round = 0; round < 20000; round++) {
  chunk.fill(round & 0xff);
  ring.write(chunk);
  let n = ring.read(sink);
  while (n > 0) {
    for (let i = 0; i < n; i++) checksum = (checksum * 31 + sink[i]) >>> 0;
    total += n;
    n = ring.read(sink);
  }
}
console.log(total, checksum, ring.size, ring.overruns);

// overrun: 20 bytes into 16 free
const burst = new Uint8Array(20).map((_, i) => i);
console.log(ring.write(burst), ring.overruns, ring.peek(0), ring.peek(15), ring.peek(16));
const out = new Uint8Array(32);
console.log(ring.read(out), out.subarray(0, 16));
