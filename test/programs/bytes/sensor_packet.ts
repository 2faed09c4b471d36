// A little-endian sensor packet as a weather node sends it over radio:
//   0: u8 magic 0x5a | 1: u8 version | 2: u16 sequence | 4: i16 temperature (centi-degC)
//   6: u16 humidity (per mille) | 8: f32 pressure (hPa) | 12: u32 uptime (s) | 16: f64 latitude
//   24: i8 rssi | 25: u8 flags | 26: u16 checksum (sum of bytes 0..25, big endian on purpose)
const PACKET_SIZE = 28;
const MAGIC = 0x5a;

interface Reading {
  sequence: number;
  temperature: number;
  humidity: number;
  pressure: number;
  uptime: number;
  latitude: number;
  rssi: number;
  flags: number;
}

function checksum(bytes: Uint8Array, end: number): number {
  let sum = 0;
  for (let i = 0; i < end; i++) sum = (sum + bytes[i]) & 0xffff;
  return sum;
}

function encode(r: Reading): Uint8Array {
  const bytes = new Uint8Array(PACKET_SIZE);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, MAGIC);
  view.setUint8(1, 2);
  view.setUint16(2, r.sequence, true);
  view.setInt16(4, Math.round(r.temperature * 100), true);
  view.setUint16(6, Math.round(r.humidity * 10), true);
  view.setFloat32(8, r.pressure, true);
  view.setUint32(12, r.uptime, true);
  view.setFloat64(16, r.latitude, true);
  view.setInt8(24, r.rssi);
  view.setUint8(25, r.flags);
  view.setUint16(26, checksum(bytes, 26));
  return bytes;
}

function decode(bytes: Uint8Array): Reading | undefined {
  if (bytes.length !== PACKET_SIZE) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== MAGIC) return undefined;
  if (view.getUint16(26) !== checksum(bytes, 26)) return undefined;
  return {
    sequence: view.getUint16(2, true),
    temperature: view.getInt16(4, true) / 100,
    humidity: view.getUint16(6, true) / 10,
    pressure: view.getFloat32(8, true),
    uptime: view.getUint32(12, true),
    latitude: view.getFloat64(16, true),
    rssi: view.getInt8(24),
    flags: view.getUint8(25),
  };
}

function hex(bytes: Uint8Array): string {
  const parts: string[] = [];
  bytes.forEach((b) => {
    parts.push(b.toString(16).padStart(2, "0"));
  });
  return parts.join("");
}

const readings: Reading[] = [
  { sequence: 1, temperature: 21.37, humidity: 45.5, pressure: 1013.25, uptime: 3600, latitude: 52.520008, rssi: -67, flags: 0b101 },
  { sequence: 65535, temperature: -12.5, humidity: 99.9, pressure: 987.6, uptime: 4294967295, latitude: -33.8688, rssi: -120, flags: 255 },
];
for (const r of readings) {
  const packet = encode(r);
  console.log(hex(packet));
  const back = decode(packet);
  if (back === undefined) {
    console.log("rejected");
    continue;
  }
  console.log(back.sequence, back.temperature, back.humidity, back.pressure, back.uptime, back.latitude, back.rssi, back.flags);
}

// a packet inside a bigger receive buffer, at an odd offset: the view starts there
const rx = new Uint8Array(40);
rx.set(encode(readings[0]), 3);
const framed = decode(rx.subarray(3, 3 + PACKET_SIZE));
console.log(framed === undefined ? "rejected" : `seq ${framed.sequence} at ${framed.temperature} C`);
rx[3 + 5] ^= 0x01; // a flipped bit
console.log(decode(rx.subarray(3, 3 + PACKET_SIZE)) === undefined ? "corrupt packet rejected" : "accepted?!");

// byte order side by side
const scratch = new DataView(new ArrayBuffer(8));
scratch.setUint32(0, 0x12345678);
scratch.setUint32(4, 0x12345678, true);
console.log(hex(new Uint8Array(scratch.buffer)), scratch.getUint32(0, true).toString(16), scratch.getInt16(0), scratch.getInt16(6));
scratch.setFloat64(0, Math.PI);
console.log(hex(new Uint8Array(scratch.buffer)), scratch.getFloat64(0), scratch.getFloat32(0));
scratch.setInt8(0, 200);
scratch.setUint16(1, -2);
scratch.setFloat32(4, 1e40);
console.log(scratch.getInt8(0), scratch.getUint8(0), scratch.getUint16(1), scratch.getFloat32(4), scratch.byteLength, scratch.byteOffset);
console.log(new DataView(new ArrayBuffer(3), 1));
console.log(new ArrayBuffer(4), new Uint8Array(new ArrayBuffer(6), 2, 3));

// reading past the end of a short packet is a RangeError the sketch can catch
function readUptime(bytes: Uint8Array): number {
  let uptime = -1;
  try {
    uptime = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(12, true);
  } catch (e) {
    if (e instanceof RangeError) console.log(`short packet (${bytes.length} bytes): ${e.name}: ${e.message}`);
  }
  return uptime;
}
console.log(readUptime(encode(readings[1])), readUptime(encode(readings[1]).subarray(0, 14)));
