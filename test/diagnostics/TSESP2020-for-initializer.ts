export function sweep(xs: number[]): number {
  let steps = 0;
  for (let [lo, hi] = [0, xs.length - 1]; lo < hi; lo++) {
    hi--;
    steps++;
  }
  return steps;
}
