// Strict decoding of untrusted frames: a TextDecoder with `fatal` rejects invalid UTF-8 with a
// TypeError, DataView reads past the end are RangeErrors, and both are caught per frame. A frame
// whose length field asks for a negative buffer is not caught here and stops the program, as an
// uncaught RangeError does in Node.
// expect uncaught: RangeError: Invalid typed array length: -2
const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder();

function label(frame: Uint8Array): string {
  try {
    return strict.decode(frame.subarray(2));
  } catch (e) {
    if (e instanceof TypeError) return `<${e.name}: invalid UTF-8, lenient "${lenient.decode(frame.subarray(2))}">`;
    throw e;
  }
}

function declaredLength(frame: Uint8Array): number {
  try {
    return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getInt16(0, true);
  } catch (e) {
    if (e instanceof RangeError) console.log(`  short frame: ${e.message}`);
    return 0;
  }
}

const frames = [
  Uint8Array.of(4, 0, 0x70, 0x75, 0x6d, 0x70),
  Uint8Array.of(3, 0, 0xc3, 0xa9, 0x74),
  Uint8Array.of(3, 0, 0xc3, 0x28, 0x21),
  Uint8Array.of(9),
  Uint8Array.of(0xfe, 0xff, 0x61),
];
for (const frame of frames) {
  const length = declaredLength(frame);
  console.log(`frame of ${frame.length} bytes, length field ${length}: ${label(frame)}`);
  const body = new Uint8Array(length);
  body.set(frame.subarray(2, 2 + Math.min(length, frame.length - 2)));
  console.log("  body", body);
}
console.log("not reached");
