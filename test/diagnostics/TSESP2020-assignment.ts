export function swap(xs: number[]): void {
  let a = xs[0];
  let b = xs[1];
  [a, b] = [b, a];
  console.log(a, b);
}
