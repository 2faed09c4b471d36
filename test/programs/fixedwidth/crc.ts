// CRC-8 (poly 0x07, SMBus PEC) and CRC-16/CCITT-FALSE over sensor frames, the way a driver computes
// them byte by byte: the running CRC lives in a u8 / u16 and every step is masked to its width,
// so Node and the device agree.

const CRC8_POLY: u8 = 0x07;
const CRC16_POLY: u16 = 0x1021;

function crc8(data: number[]): u8 {
  let crc: u8 = 0;
  for (const value of data) {
    crc = (crc ^ value) & 0xff;
    for (let bit: u8 = 0; bit < 8; bit++) {
      crc = crc & 0x80 ? ((crc << 1) ^ CRC8_POLY) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc;
}

function crc16(data: number[]): u16 {
  let crc: u16 = 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc = (crc ^ ((data[i] & 0xff) << 8)) & 0xffff;
    for (let bit: u8 = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ CRC16_POLY) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

class Crc8Stream {
  private crc: u8 = 0;
  private count: u16 = 0;

  push(byte: u8): void {
    this.crc = (this.crc ^ byte) & 0xff;
    for (let bit: u8 = 0; bit < 8; bit++) {
      this.crc = this.crc & 0x80 ? ((this.crc << 1) ^ CRC8_POLY) & 0xff : (this.crc << 1) & 0xff;
    }
    this.count = (this.count + 1) & 0xffff;
  }

  digest(): u8 {
    return this.crc;
  }

  length(): u16 {
    return this.count;
  }
}

function hex(value: number, width: number): string {
  return "0x" + value.toString(16).toUpperCase().padStart(width, "0");
}

function bytesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}

const check = bytesOf("123456789");
console.log("crc8(123456789) =", hex(crc8(check), 2));
console.log("crc16(123456789) =", hex(crc16(check), 4));

// a Sensirion-style frame: two data bytes then their CRC-8 (init 0xff in the datasheet; here 0)
const frames: number[][] = [
  [0xbe, 0xef],
  [0x00, 0x00],
  [0xff, 0xff],
  [0x66, 0x40],
];
for (const frame of frames) {
  const crc = crc8(frame);
  const framed = [...frame, crc];
  console.log(`frame ${framed.map((b) => hex(b, 2)).join(" ")} valid=${crc8(framed) === 0}`);
}

const stream = new Crc8Stream();
for (const b of bytesOf("hello, sensor")) stream.push(b & 0xff);
console.log(`stream crc8 ${hex(stream.digest(), 2)} over ${stream.length()} bytes`);
console.log("matches one-shot:", stream.digest() === crc8(bytesOf("hello, sensor")));
