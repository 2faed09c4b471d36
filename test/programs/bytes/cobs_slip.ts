// Framing bytes for a serial link: COBS (Consistent Overhead Byte Stuffing, zero-delimited frames)
// and SLIP (RFC 1055), each with an encoder, a decoder and a streaming receiver that splits a byte
// stream back into frames.
function cobsEncode(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length + Math.ceil(input.length / 254) + 1);
  let codeAt = 0;
  let write = 1;
  let code = 1;
  for (const byte of input) {
    if (byte === 0) {
      out[codeAt] = code;
      codeAt = write++;
      code = 1;
    } else {
      out[write++] = byte;
      code++;
      if (code === 0xff) {
        out[codeAt] = code;
        codeAt = write++;
        code = 1;
      }
    }
  }
  out[codeAt] = code;
  return out.slice(0, write);
}

function cobsDecode(input: Uint8Array): Uint8Array | undefined {
  const out = new Uint8Array(input.length);
  let read = 0;
  let write = 0;
  while (read < input.length) {
    const code = input[read++];
    if (code === 0 || read + code - 1 > input.length) return undefined;
    for (let i = 1; i < code; i++) out[write++] = input[read++];
    if (code < 0xff && read < input.length) out[write++] = 0;
  }
  return out.subarray(0, write);
}

const SLIP_END = 0xc0;
const SLIP_ESC = 0xdb;
const SLIP_ESC_END = 0xdc;
const SLIP_ESC_ESC = 0xdd;

function slipEncode(input: Uint8Array): Uint8Array {
  const out: number[] = [SLIP_END];
  input.forEach((byte) => {
    if (byte === SLIP_END) out.push(SLIP_ESC, SLIP_ESC_END);
    else if (byte === SLIP_ESC) out.push(SLIP_ESC, SLIP_ESC_ESC);
    else out.push(byte);
  });
  out.push(SLIP_END);
  return Uint8Array.from(out);
}

/** Collects bytes as they arrive and calls onFrame for each complete SLIP frame. */
class SlipReceiver {
  private buffer = new Uint8Array(64);
  private length = 0;
  private escaped = false;
  dropped = 0;

  constructor(private onFrame: (frame: Uint8Array) => void) {}

  feed(chunk: Uint8Array): void {
    for (const byte of chunk) this.push(byte);
  }

  private push(byte: number): void {
    if (byte === SLIP_END) {
      if (this.length > 0) this.onFrame(this.buffer.slice(0, this.length));
      this.length = 0;
      this.escaped = false;
      return;
    }
    let value = byte;
    if (this.escaped) {
      value = byte === SLIP_ESC_END ? SLIP_END : byte === SLIP_ESC_ESC ? SLIP_ESC : byte;
      this.escaped = false;
    } else if (byte === SLIP_ESC) {
      this.escaped = true;
      return;
    }
    if (this.length === this.buffer.length) {
      this.dropped++;
      return;
    }
    this.buffer[this.length++] = value;
  }
}

const payloads = [
  Uint8Array.of(0x11, 0x22, 0x00, 0x33),
  Uint8Array.of(0x00),
  Uint8Array.of(0x00, 0x00),
  new Uint8Array(0),
  Uint8Array.of(0xc0, 0xdb, 0x01, 0xc0),
];
for (const p of payloads) {
  const cobs = cobsEncode(p);
  const decoded = cobsDecode(cobs);
  const same = decoded !== undefined && decoded.length === p.length && decoded.every((b, i) => b === p[i]);
  console.log("cobs", p, "->", cobs, same ? "round trip ok" : "MISMATCH");
}

// a long run of non-zero bytes needs an extra code byte every 254 bytes
const long = new Uint8Array(300).map((_, i) => (i % 255) + 1);
const longCobs = cobsEncode(long);
console.log(longCobs.length, longCobs[0], longCobs[255], longCobs.includes(0), cobsDecode(longCobs)?.length);
console.log(cobsDecode(Uint8Array.of(0x05, 0x01)), cobsDecode(Uint8Array.of(0x00)));

// SLIP: frames concatenated on the wire, delivered in arbitrary chunks
const frames: Uint8Array[] = [];
const receiver = new SlipReceiver((frame) => {
  frames.push(frame);
});
const wire: number[] = [];
for (const p of payloads) slipEncode(p).forEach((b) => {
  wire.push(b);
});
const stream = Uint8Array.from(wire);
console.log("wire", stream.length, "bytes:", stream.join(" "));
for (let at = 0; at < stream.length; at += 5) receiver.feed(stream.subarray(at, at + 5));
console.log(frames.length, "frames");
for (const f of frames) console.log(" ", f);
receiver.feed(new Uint8Array(70).fill(7));
receiver.feed(Uint8Array.of(SLIP_END));
console.log(frames.length, frames[frames.length - 1].length, receiver.dropped);
