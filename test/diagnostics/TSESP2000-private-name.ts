class Counter {
  #count = 0;
  next(): number {
    return ++this.#count;
  }
}
console.log(new Counter().next());
