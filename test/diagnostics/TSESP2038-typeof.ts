function describe(value: number): string {
  return typeof value;
}
console.log(describe(1));
