function total(...values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0);
}
console.log(total(1, 2, 3));
