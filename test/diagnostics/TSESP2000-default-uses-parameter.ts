function pulse(width: number, gap: number = width * 2): number {
  return width + gap;
}
console.log(pulse(1));
