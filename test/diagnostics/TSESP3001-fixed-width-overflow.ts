export function checksum(data: number[]): u8 {
  let sum: u8 = 0;
  for (const byte of data) sum = sum + byte;
  return sum;
}
