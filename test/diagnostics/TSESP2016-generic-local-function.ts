function report(values: number[]): void {
  function last<T>(items: T[]): T {
    return items[items.length - 1];
  }
  console.log(last(values));
}
report([1, 2]);
