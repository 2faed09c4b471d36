// A fixed-size ring buffer of samples with a moving average.
class RingBuffer {
  private data: number[] = [];
  private head = 0;
  private count = 0;
  constructor(private capacity: number) {
    for (let i = 0; i < capacity; i++) this.data.push(0);
  }
  push(value: number): void {
    this.data[this.head] = value;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }
  size(): number {
    return this.count;
  }
  average(): number {
    if (this.count === 0) return NaN;
    let sum = 0;
    for (let i = 0; i < this.count; i++) sum += this.data[i];
    return sum / this.count;
  }
  toArray(): number[] {
    const out: number[] = [];
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out.push(this.data[(start + i) % this.capacity]);
    return out;
  }
}
const buffer = new RingBuffer(4);
console.log("empty average", buffer.average());
const input: number[] = [10, 20, 30, 40, 50, 60, 70];
for (const v of input) {
  buffer.push(v);
  console.log(`push ${v}: size=${buffer.size()} avg=${buffer.average()} [${buffer.toArray().join(",")}]`);
}
