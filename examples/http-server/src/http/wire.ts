// The one place that knows how bytes cross the socket. The parser and the responses work on text in
// which every character stands for one byte (HTTP heads are ASCII); these two functions convert to and
// from what AsyncClient.onData delivers and AsyncClient.write accepts.
// onData delivers a Uint8Array; write takes `string | Uint8Array` (a string goes out as UTF-8, which
// is one byte per character for the ASCII this server writes).

/** The received segment as text, one character per byte. */
export function decodeSegment(data: Uint8Array): string {
  let text = "";
  for (const byte of data) text += String.fromCharCode(byte);
  return text;
}

/** `text` as AsyncClient.write wants it. */
export function encodeText(text: string): string {
  return text;
}

/** How many bytes `text` occupies on the wire (one per character; see decodeSegment). */
export function byteLength(text: string): number {
  return text.length;
}
