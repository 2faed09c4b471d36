// Binary data, Array.from, Map/Set sources and JSON as sketches use them (all accepted).
interface Frame {
  kind: string;
  payload: number[];
  rssi?: number;
  note: string | null;
  ok: boolean | undefined;
}
const bytes = new Uint8Array(8);
const words = new Uint16Array(bytes.buffer, 2, 3);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
view.setUint16(0, 0xbeef, true);
words[0] = view.getUint16(0, true) + Uint16Array.BYTES_PER_ELEMENT;
const copy = Int32Array.from(bytes, (b, i) => b * i);
const floats = Float32Array.of(1.5, 2.5);
const clamped = new Uint8ClampedArray(floats);
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const text = decoder.decode(new TextEncoder().encode("héllo").subarray(1));
const squares = Array.from({ length: 4 }, (_, i) => i * i);
const table = new Map([["a", 1], ["b", 2]]);
const letters = new Set(Array.from(table.keys()));
const frame = JSON.parse('{"kind":"t","payload":[1,2],"note":null,"ok":true}') as Frame;
const frames = JSON.parse("[]") as Frame[];
console.log(copy, clamped.join(), text, squares, letters, frame.rssi ?? -1, frames.length, JSON.stringify(frame, null, 2));
console.log(Math.hypot(3, 4, 12), Math.tanh(0.5), Math.log1p(0.1), words.subarray(1).length, bytes.buffer.byteLength);
