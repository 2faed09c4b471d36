// The one place that knows how bytes cross the socket. The parser and the responses work on text in
// which every character stands for one byte (HTTP heads are ASCII); these two functions convert to and
// from what AsyncClient.onData delivers and AsyncClient.write accepts.
// Today that is a string on both sides; when onData switches to Uint8Array and write takes
// `string | Uint8Array`, only this file changes.

/** The received segment as text, one character per byte. */
export function decodeSegment(data: string): string {
  return data;
}

/** `text` as AsyncClient.write wants it. */
export function encodeText(text: string): string {
  return text;
}

/** How many bytes `text` occupies on the wire (one per character; see decodeSegment). */
export function byteLength(text: string): number {
  return text.length;
}
