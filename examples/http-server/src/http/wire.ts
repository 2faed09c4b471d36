// The one place that knows how bytes cross the socket. The parser and the responses work on text in
// which every character stands for one byte (HTTP heads are ASCII); these two functions convert to and
// from what AsyncClient.onData delivers and AsyncClient.write accepts.
// onData delivers a Uint8Array; write takes `string | Uint8Array`: text goes out as bytes, not as
// UTF-8, so a body echoed back is byte for byte what was received.

/** The received segment as text, one character per byte. */
export function decodeSegment(data: Uint8Array): string {
  let text = "";
  for (const byte of data) text += String.fromCharCode(byte);
  return text;
}

/** `text` (one character per byte, as decodeSegment makes it) as the bytes AsyncClient.write sends. */
export function encodeText(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
