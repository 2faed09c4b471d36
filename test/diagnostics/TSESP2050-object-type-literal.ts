function area(size: { w: number; h: number }): number {
  return size.w * size.h;
}
console.log(area({ w: 2, h: 3 }));
