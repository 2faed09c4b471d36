// CRC-8 and CRC-16/CCITT over a frame: integer operators on numbers.
function crc8(bytes: number[]): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc;
}
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}
function toBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}
function hex(n: number, digits: number): string {
  let s = n.toString(16).toUpperCase();
  while (s.length < digits) s = "0" + s;
  return "0x" + s;
}
const frames: string[] = ["123456789", "hello", "", "ESP32"];
for (const f of frames) {
  const bytes = toBytes(f);
  console.log(`"${f}" crc8=${hex(crc8(bytes), 2)} crc16=${hex(crc16(bytes), 4)}`);
}
let hash = 2166136261;
for (const b of toBytes("fnv")) {
  hash ^= b;
  hash = Math.imul(hash, 16777619) >>> 0;
}
console.log("fnv1a", hash >>> 0);
