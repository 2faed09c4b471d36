function area(w: number, h: number): number {
  type Size = { w: number; h: number };
  const size: Size = { w, h };
  return size.w * size.h;
}
console.log(area(2, 3));
