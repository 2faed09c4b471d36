// Checksums a sketch computes over Uint8Array frames: CRC-16/CCITT-FALSE (bitwise), CRC-16/MODBUS,
// CRC-32 (IEEE, table driven with a Uint32Array) and CRC-8 (SMBus), checked against their standard
// check values over "123456789", then used to seal and verify a frame.
function crc16Ccitt(data: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function crc16Modbus(data: Uint8Array): number {
  let crc = 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i];
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

function makeCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}
const CRC32_TABLE = makeCrc32Table();

function crc32(data: Uint8Array, seed = 0): number {
  let crc = (seed ^ 0xffffffff) >>> 0;
  for (const byte of data) crc = CRC32_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function crc8(data: Uint8Array): number {
  const out = new Uint8Array(1);
  for (const byte of data) {
    out[0] ^= byte;
    for (let bit = 0; bit < 8; bit++) out[0] = out[0] & 0x80 ? (out[0] << 1) ^ 0x07 : out[0] << 1; // the Uint8Array keeps 8 bits
  }
  return out[0];
}

function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const hex = (n: number, width: number): string => "0x" + n.toString(16).padStart(width, "0");
const check = ascii("123456789");
console.log("CRC-16/CCITT-FALSE", hex(crc16Ccitt(check), 4), "expected 0x29b1");
console.log("CRC-16/MODBUS     ", hex(crc16Modbus(check), 4), "expected 0x4b37");
console.log("CRC-32            ", hex(crc32(check), 8), "expected 0xcbf43926");
console.log("CRC-8/SMBUS       ", hex(crc8(check), 2), "expected 0xf4");
console.log(CRC32_TABLE.subarray(0, 4), CRC32_TABLE[255]);

// incremental CRC-32 over chunks equals the one-shot value
const message = ascii("The quick brown fox jumps over the lazy dog");
let running = 0;
for (let at = 0; at < message.length; at += 10) running = crc32(message.subarray(at, Math.min(at + 10, message.length)), running);
console.log(hex(running, 8), hex(crc32(message), 8), running === crc32(message));

// seal a frame: payload followed by its CRC-16/MODBUS, low byte first (as Modbus RTU sends it)
function seal(payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(payload.length + 2);
  frame.set(payload);
  const crc = crc16Modbus(payload);
  frame[payload.length] = crc & 0xff;
  frame[payload.length + 1] = crc >>> 8;
  return frame;
}
function verify(frame: Uint8Array): boolean {
  if (frame.length < 3) return false;
  const body = frame.subarray(0, frame.length - 2);
  const crc = frame[frame.length - 2] | (frame[frame.length - 1] << 8);
  return crc16Modbus(body) === crc;
}
const request = seal(Uint8Array.of(0x01, 0x03, 0x00, 0x00, 0x00, 0x0a));
console.log(request, verify(request));
request[3] = 0x01;
console.log(verify(request), verify(Uint8Array.of(1, 2)));
