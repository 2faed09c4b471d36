// One keep-alive HTTP/1.1 connection: received bytes go through the parser, each complete request is
// routed and its response queued; responses leave in request order (pipelining), each only as fast
// as the socket takes it: output goes to write() no faster than space() allows and continues from
// onAck, and a streamed body is produced piece by piece, never held whole.
// The connection closes after a response to "Connection: close" or to an error, when a kept-alive
// connection has been idle for IDLE_TIMEOUT_MS, or (408) when a request takes longer than
// REQUEST_TIMEOUT_MS to arrive.
// Calling context: AsyncClient callbacks, on the sketch's one event loop.

import { RequestParser } from "./parser";
import { Request } from "./request";
import { BodyStream, CONTINUE_HEAD, Response } from "./response";
import { Router } from "./router";
import { ServerStats } from "./stats";
import { decodeSegment, encodeText } from "./wire";

/** A kept-alive connection with no request in progress is closed after this long. */
export const IDLE_TIMEOUT_MS = 5000;
/** A request (head and body) must arrive completely within this long of its first byte. */
export const REQUEST_TIMEOUT_MS = 10000;
/** Pipelined bytes held while responses are still being sent; a client that sends more is reset. */
const MAX_BUFFERED_BYTES = 65536;
/** How much of a streamed body is produced at a time. */
const STREAM_PIECE_BYTES = 2048;

export class HttpConnection {
  private readonly parser = new RequestParser();
  /** Serialized output that write() has not taken yet. */
  private pending = "";
  private stream: BodyStream | undefined = undefined;
  private streamed = 0;
  private closeWhenSent = false;
  private closed = false;
  private lastActivity = millis();
  private requestStarted = millis();

  constructor(private readonly client: AsyncClient, private readonly router: Router, private readonly stats: ServerStats) {
    stats.open++;
    stats.accepted++;
    client.setNoDelay(true);
    client.onData((data: Uint8Array) => this.received(decodeSegment(data)));
    client.onAck(() => {
      this.lastActivity = millis();
      this.serve();
    });
    client.onPoll(() => this.poll());
    client.onDisconnect(() => {
      this.closed = true;
      this.stream = undefined;
      this.pending = "";
      stats.open--;
    });
  }

  private received(text: string): void {
    this.lastActivity = millis();
    if (this.parser.idle()) this.requestStarted = this.lastActivity;
    this.parser.push(text);
    if (this.parser.buffered() > MAX_BUFFERED_BYTES) {
      this.stats.rejected++;
      this.closed = true;
      this.client.abort();
      return;
    }
    this.serve();
  }

  /** Answers the complete requests received so far, in order, as far as the socket takes the output. */
  private serve(): void {
    while (!this.closed && this.flush()) {
      if (this.closeWhenSent) {
        this.closed = true;
        this.client.close();
        return;
      }
      const request = this.parser.next();
      const interim = this.parser.takeContinue();
      if (interim) this.pending += CONTINUE_HEAD;
      if (request !== undefined) {
        this.requestStarted = millis();
        this.respond(request);
      } else if (this.parser.status !== 0) {
        this.reject(this.parser.status, this.parser.reason);
      } else if (!interim) {
        return; // waiting for more bytes
      }
    }
  }

  private respond(request: Request): void {
    this.stats.requests++;
    const response = new Response();
    this.router.dispatch(request, response);
    response.omitBody = request.method === "HEAD";
    this.queue(response, request.keepAlive);
  }

  /** Queues an error response; the connection closes once it is sent. */
  private reject(status: number, reason: string): void {
    this.stats.requests++;
    this.stats.rejected++;
    const response = new Response();
    response.send(status, `${reason}\n`);
    this.queue(response, false);
  }

  private queue(response: Response, keepAlive: boolean): void {
    this.pending += response.head(keepAlive);
    if (!response.omitBody) {
      const stream = response.stream;
      if (stream === undefined) this.pending += response.body;
      else {
        this.stream = stream;
        this.streamed = 0;
      }
    }
    if (!keepAlive) this.closeWhenSent = true;
  }

  /** Hands queued output to write() while space() allows; true once all of it (and any stream) is written. */
  private flush(): boolean {
    for (;;) {
      if (this.pending.length === 0 && !this.produce()) return true;
      const room = this.client.space();
      if (room <= 0) return false;
      const piece = room >= this.pending.length ? this.pending : this.pending.slice(0, room);
      const wrote = this.client.write(encodeText(piece));
      if (wrote <= 0) return false;
      this.pending = wrote >= this.pending.length ? "" : this.pending.slice(wrote);
    }
  }

  /** Moves the next piece of the streamed body into `pending`; false when there is no more. */
  private produce(): boolean {
    const stream = this.stream;
    if (stream === undefined) return false;
    if (this.streamed >= stream.length) {
      this.stream = undefined;
      return false;
    }
    const piece = stream.read(this.streamed, Math.min(STREAM_PIECE_BYTES, stream.length - this.streamed));
    this.streamed += piece.length;
    this.pending = piece;
    return piece.length > 0;
  }

  /** About every 500 ms: retry stalled output, enforce the idle and request timeouts. */
  private poll(): void {
    if (this.closed) return;
    this.serve();
    if (this.closed || this.pending.length > 0 || this.stream !== undefined) return;
    const now = millis();
    if (this.parser.idle()) {
      if (now - this.lastActivity >= IDLE_TIMEOUT_MS) {
        this.closed = true;
        this.client.close();
      }
    } else if (now - this.requestStarted >= REQUEST_TIMEOUT_MS) {
      this.reject(408, "request not received in time");
      this.serve();
    }
  }
}
