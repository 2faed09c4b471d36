// CRC-32 (IEEE 802.3, the one zlib and Ethernet use), table-driven, fed in pieces.

const TABLE: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE.push(c >>> 0);
}

export class Crc32 {
  private state = 0xffffffff;

  /** Adds the bytes of `text` (one per character). */
  update(text: string): void {
    let c = this.state;
    for (let i = 0; i < text.length; i++) c = TABLE[(c ^ text.charCodeAt(i)) & 0xff] ^ (c >>> 8);
    this.state = c >>> 0;
  }

  /** The CRC so far as 8 lower-case hex digits. */
  hex(): string {
    return ((this.state ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
  }
}
