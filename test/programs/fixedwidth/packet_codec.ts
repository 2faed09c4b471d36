// A binary telemetry packet as a radio link carries it: u8 type and sequence, u16 big-endian
// length, u32 little-endian timestamp, i16 temperature in 0.01 degC, and a Fletcher-16 checksum kept
// in two u8 halves. Encoding masks every field to its width, so decoding on either side agrees.

interface Telemetry {
  kind: u8;
  seq: u8;
  timestampMs: u32;
  centiDegrees: i16;
  battery: u16;
}

function putU16be(out: number[], v: u16): void {
  out.push((v >>> 8) & 0xff, v & 0xff);
}

function putU32le(out: number[], v: u32): void {
  out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}

function fletcher16(data: number[]): u16 {
  let a: u8 = 0;
  let b: u8 = 0;
  for (const byte of data) {
    a = (a + (byte & 0xff)) % 255;
    b = (b + a) % 255;
  }
  return ((b << 8) | a) & 0xffff;
}

function encode(t: Telemetry): number[] {
  const body: number[] = [t.kind, t.seq];
  putU32le(body, t.timestampMs);
  putU16be(body, t.centiDegrees & 0xffff);
  putU16be(body, t.battery);
  const out: number[] = [0xa5];
  putU16be(out, body.length & 0xffff);
  out.push(...body);
  putU16be(out, fletcher16(body));
  return out;
}

function readU16be(bytes: number[], at: number): u16 {
  return (((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff)) & 0xffff;
}

function readU32le(bytes: number[], at: number): u32 {
  return ((bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8) | ((bytes[at + 2] & 0xff) << 16) | ((bytes[at + 3] & 0xff) << 24)) >>> 0;
}

function decode(bytes: number[]): Telemetry | undefined {
  if (bytes[0] !== 0xa5) return undefined;
  const length = readU16be(bytes, 1);
  const body = bytes.slice(3, 3 + length);
  if (fletcher16(body) !== readU16be(bytes, 3 + length)) return undefined;
  const raw: u16 = readU16be(body, 6);
  const centi: i16 = (raw << 16) >> 16;
  return {
    kind: body[0] & 0xff,
    seq: body[1] & 0xff,
    timestampMs: readU32le(body, 2),
    centiDegrees: centi,
    battery: readU16be(body, 8),
  };
}

function hex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
}

const samples: Telemetry[] = [
  { kind: 1, seq: 0, timestampMs: 1234, centiDegrees: 2150, battery: 3987 },
  { kind: 1, seq: 255, timestampMs: 4294967295, centiDegrees: -1025, battery: 65535 },
  { kind: 7, seq: 42, timestampMs: 86400000, centiDegrees: -32768, battery: 0 },
];

for (const t of samples) {
  const wire = encode(t);
  const back = decode(wire);
  console.log(hex(wire));
  if (back === undefined) {
    console.log("  decode failed");
    continue;
  }
  console.log(`  kind=${back.kind} seq=${back.seq} t=${back.timestampMs}ms temp=${(back.centiDegrees / 100).toFixed(2)} bat=${back.battery}mV`);
}

const corrupted = encode(samples[0]);
corrupted[6] = corrupted[6] ^ 0x10;
console.log("corrupted frame decodes:", decode(corrupted) !== undefined);
console.log("fletcher16('abcde') =", fletcher16([97, 98, 99, 100, 101]).toString(16));
