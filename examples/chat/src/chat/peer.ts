// One chat connection: incoming text cut into lines, outgoing text queued and written no faster than
// the socket takes it (space(), continued from onAck). A client that stops reading while the others
// talk would make its queue grow without end: past MAX_OUTBOX_BYTES it is reset.
// Calling context: AsyncClient callbacks, on the sketch's one event loop.

import { LineReader } from "./lines";
import { decodeSegment, encodeText } from "./wire";

/** Longest line a client may send, in bytes. */
export const MAX_LINE_BYTES = 512;
/** Most text queued for a client that does not read. */
const MAX_OUTBOX_BYTES = 65536;

export class Peer {
  /** "" until the client chose one. */
  nickname = "";
  private readonly reader = new LineReader(MAX_LINE_BYTES);
  private outbox = "";
  private gone = false;
  private closing = false;

  constructor(private readonly client: AsyncClient) {
    client.setNoDelay(true);
  }

  /**
   * Installs the connection's callbacks: `onLine` for each complete line, `onOverlong` when lines were
   * dropped for length, `onGone` once when the connection ends for any reason (close, reset, error).
   */
  listen(onLine: (line: string) => void, onOverlong: () => void, onGone: () => void): void {
    this.client.onData((data: Uint8Array) => {
      const lines = this.reader.push(decodeSegment(data));
      if (this.reader.takeDropped() > 0) onOverlong();
      for (const line of lines) {
        if (this.gone || this.closing) return;
        onLine(line);
      }
    });
    this.client.onAck(() => this.flush());
    this.client.onDisconnect(() => {
      this.gone = true;
      this.outbox = "";
      onGone();
    });
  }

  /** Queues text for the client and sends what the socket takes now. */
  send(text: string): void {
    if (this.gone || this.closing) return;
    this.outbox += text;
    if (this.outbox.length > MAX_OUTBOX_BYTES) {
      this.gone = true;
      this.outbox = "";
      this.client.abort();
      return;
    }
    this.flush();
  }

  /** Sends what is queued, then closes. */
  close(): void {
    if (this.gone || this.closing) return;
    this.closing = true;
    this.flush();
  }

  isOpen(): boolean {
    return !this.gone && !this.closing;
  }

  private flush(): void {
    while (this.outbox.length > 0 && !this.gone) {
      const room = this.client.space();
      if (room <= 0) return;
      const wrote = this.client.write(encodeText(room >= this.outbox.length ? this.outbox : this.outbox.slice(0, room)));
      if (wrote <= 0) return;
      this.outbox = wrote >= this.outbox.length ? "" : this.outbox.slice(wrote);
    }
    if (this.closing && this.outbox.length === 0 && !this.gone) {
      this.gone = true;
      this.client.close();
    }
  }
}
