export function scale(raw: number): f32 {
  const volts: f32 = raw * 3.3;
  return Math.fround(volts / 4095);
}
