// CRC-32 (IEEE 802.3, reflected, table-driven) over a 256 KiB pseudo-random buffer, 16 passes:
// unsigned 32-bit arithmetic through >>>, ^ and & as firmware does for framing and OTA checks.
const table: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table.push(c >>> 0);
}

const data: number[] = [];
let seed = 12345;
for (let i = 0; i < 256 * 1024; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  data.push(seed & 0xff);
}

function crc32(bytes: number[]): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcs: string[] = [];
for (let pass = 0; pass < 16; pass++) {
  data[pass] = pass; // a different buffer each pass
  crcs.push(crc32(data).toString(16));
}
console.log("crc32", crcs.join(" "));
