class Counter {
  count = 0;
  increment(): void {
    this.count++;
  }
}
interface Snapshot {
  count: number;
}
const counter = new Counter();
const snap: Snapshot = { ...counter };
console.log(snap.count);
