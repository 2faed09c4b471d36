function nest<T>(value: T, depth: number): number {
  return depth === 0 ? 0 : 1 + nest([value], depth - 1);
}
console.log(nest(1, 3));
