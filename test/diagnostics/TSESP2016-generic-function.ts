function first<T>(items: T[]): T {
  return items[0];
}
console.log(first([1, 2, 3]));
