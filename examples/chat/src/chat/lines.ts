// Splits a byte stream into lines as it arrives in arbitrary pieces. A line ends with "\n"; a "\r"
// before it is dropped. A line longer than the limit is discarded up to its end and counted in
// `dropped`, so one client cannot make the server hold unbounded text.

export class LineReader {
  /** Lines discarded for being too long since the last takeDropped(). */
  private dropped = 0;
  private partial = "";
  private discarding = false;

  constructor(private readonly maxLength: number) {}

  /** Adds received text; returns the lines it completed, in order. */
  push(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      const piece = text.slice(start, end);
      start = end + 1;
      if (this.discarding || this.partial.length + piece.length > this.maxLength + 1) {
        if (!this.discarding) this.dropped++;
        this.discarding = false;
        this.partial = "";
        continue;
      }
      const line = this.partial + piece;
      this.partial = "";
      lines.push(line.endsWith("\r") ? line.slice(0, line.length - 1) : line);
    }
    if (!this.discarding) {
      this.partial += text.slice(start);
      if (this.partial.length > this.maxLength + 1) {
        this.dropped++;
        this.discarding = true;
        this.partial = "";
      }
    }
    return lines;
  }

  /** How many overlong lines were discarded since the last call. */
  takeDropped(): number {
    const count = this.dropped;
    this.dropped = 0;
    return count;
  }
}
