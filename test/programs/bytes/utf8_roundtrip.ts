// UTF-8 on the wire: a sketch that receives bytes from a peer and shows text on a display. Encodes
// non-ASCII text, decodes whole buffers and subarrays, and repairs broken input as TextDecoder does.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += (out.length ? " " : "") + b.toString(16).padStart(2, "0");
  return out;
}

const samples = ["plain ascii", "Grüße, Zoë", "温度: 23.5°C", "emoji 😀👍", "Ωμέγα", ""];
for (const text of samples) {
  const bytes = encoder.encode(text);
  const back = decoder.decode(bytes);
  console.log(`${JSON_quote(text)} -> ${bytes.length} bytes [${hex(bytes)}] -> ${back === text ? "same" : "DIFFERENT"} (${back.length} units)`);
}

// a message arrives in a bigger receive buffer: decode only the filled part (a subarray)
const rx = new Uint8Array(64);
const message = encoder.encode("state=ön;temp=21°");
rx.set(message, 4);
const frame = rx.subarray(4, 4 + message.length);
console.log(decoder.decode(frame));
const fields = decoder.decode(frame).split(";");
for (const field of fields) {
  const [key, value] = field.split("=");
  console.log(key, "=>", value, value.length);
}

// broken input: truncated sequences, stray continuation bytes, overlongs, surrogates, past U+10FFFF
const broken = Uint8Array.of(0x41, 0xe2, 0x82, 0x42, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xf0, 0x9f, 0x98);
const repaired = decoder.decode(broken);
const units: string[] = [];
for (let i = 0; i < repaired.length; i++) units.push(repaired.charCodeAt(i).toString(16));
console.log(repaired.length, units.join(" "));
console.log(hex(encoder.encode(repaired)));

// a byte-order mark at the start is dropped, elsewhere kept
console.log(decoder.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x68, 0x69)).length, decoder.decode(Uint8Array.of(0x68, 0xef, 0xbb, 0xbf)).length);
const keepBom = new TextDecoder("utf-8", { ignoreBOM: true });
console.log(keepBom.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x68)).length, keepBom.ignoreBOM, keepBom.encoding);

// a lone surrogate cannot be encoded: it becomes U+FFFD; a pair built from halves is one code point
const lone = "a" + String.fromCharCode(0xd800) + "b";
console.log(hex(encoder.encode(lone)));
const pair = String.fromCharCode(0xd83d) + String.fromCharCode(0xde00);
console.log(hex(encoder.encode(pair)), decoder.decode(encoder.encode(pair)).length);

// counting characters of a UTF-8 stream without decoding it: skip continuation bytes
function countCodePoints(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b & 0xc0) !== 0x80) n++;
  return n;
}
let codePoints = 0;
for (const c of "Grüße 😀") codePoints += c.length > 0 ? 1 : 0;
console.log(countCodePoints(encoder.encode("Grüße 😀")), codePoints);
console.log(decoder.decode(), encoder.encode().length, decoder.fatal);

function JSON_quote(s: string): string {
  return `"${s}"`;
}
