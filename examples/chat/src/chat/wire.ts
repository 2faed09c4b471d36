// The one place that knows how bytes cross the socket: received segments become text (one character
// per byte), outgoing text becomes what AsyncClient.write takes. onData delivers a Uint8Array; write
// takes `string | Uint8Array`.

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
