export function midpoint(a: i16, b: i16): i32 {
  const mid: i32 = (a + b) / 2;
  return mid;
}
