class Counter {
  static count = 0;
  static next(): number {
    this.count++;
    return Counter.count;
  }
}
console.log(Counter.next());
