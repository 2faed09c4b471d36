interface Limits {
  lo: number;
  hi: number;
}
export function widen(limits: Limits): number {
  let lo = 0;
  let hi = 0;
  ({ lo, hi = 100 } = limits);
  return hi - lo;
}
