// Binary data both ways (test/net/binary.test.ts): the sketch sends one length-prefixed frame of 300
// bytes (every value 0..255, so zero bytes and invalid UTF-8 too) from the middle of a larger buffer,
// then a terminator written through a `string | Uint8Array` value; the test's server on the PC answers with every byte inverted, and the sketch reassembles the answer
// from however many segments arrive, checks it with a CRC-8 and prints it.

const PC = "10.0.2.2";
const PORT = 47813;
const PAYLOAD = 300;

/** A frame: 2-byte big-endian length, then PAYLOAD bytes of a fixed pattern. */
function makeFrame(): Uint8Array {
  const frame = new Uint8Array(PAYLOAD + 2);
  frame[0] = PAYLOAD >> 8;
  frame[1] = PAYLOAD & 0xff;
  for (let i = 0; i < PAYLOAD; i++) frame[2 + i] = (i * 7 + 3) & 0xff;
  return frame;
}

/** CRC-8 (polynomial 0x07) of the bytes. */
function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc = crc ^ byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** What ends a frame on the wire: a zero byte in binary mode, a newline in text mode. */
function terminator(binary: boolean): string | Uint8Array {
  return binary ? new Uint8Array([0]) : "\n";
}

/** The frame with every byte inverted, as the server should answer. */
function inverted(bytes: Uint8Array): Uint8Array {
  return bytes.map((byte: number) => ~byte & 0xff);
}

export function setup(): void {
  WiFi.begin("lab", "secret");
  const frame = makeFrame();
  const answer = new Uint8Array(frame.length);
  let received = 0;
  let segments = 0;
  const client = new AsyncClient();
  client.onConnect(() => {
    const padded = new Uint8Array(frame.length + 8);
    padded.fill(0xee);
    padded.set(frame, 4);
    console.log(`wrote ${client.write(padded.subarray(4, 4 + frame.length))} of ${padded.length} buffered`);
    console.log(`empty write ${client.write(new Uint8Array(0))}`);
    console.log(`terminator ${client.write(terminator(false))}`);
  });
  client.onData((data: Uint8Array) => {
    segments = segments + 1;
    const room = answer.length - received;
    answer.set(data.length <= room ? data : data.subarray(0, room), received);
    received = received + Math.min(data.length, room);
    data.fill(0); // the segment is the sketch's own copy: scribbling on it changes nothing else
    if (received < answer.length) return;
    console.log(`answer: ${received} bytes, first ${answer.subarray(0, 6).join(" ")}`);
    console.log(answer.subarray(0, 10));
    console.log(`crc sent ${crc8(frame)}, expected ${crc8(inverted(frame))}, got ${crc8(answer)}, segments > 0 ${segments > 0}`);
    client.close();
  });
  client.onDisconnect(() => {
    console.log(`closed after ${received} bytes`);
  });
  console.log(`connecting: ${client.connect(PC, PORT)}`);
}
