// A response as a route handler fills it in, and its serialized head. A body is either text held in
// full (`body`) or a BodyStream, produced piece by piece while the socket has room, so a large
// response never sits in memory at once.

/** A body of `length` bytes produced on demand: `read(offset, max)` returns up to `max` bytes from `offset`. */
export class BodyStream {
  constructor(readonly length: number, readonly read: (offset: number, max: number) => string) {}
}

function reasonPhrase(status: number): string {
  switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
  }
}

export class Response {
  status = 200;
  body = "";
  stream: BodyStream | undefined = undefined;
  /** Set by the server for HEAD requests: the head announces the body, which is not sent. */
  omitBody = false;
  private readonly fields: string[] = [];

  /** Adds a header field line (names as given; no CR/LF in either part). */
  setHeader(name: string, value: string): void {
    this.fields.push(`${name}: ${value}`);
  }

  /** A complete text response. */
  send(status: number, body: string, contentType: string = "text/plain; charset=utf-8"): void {
    this.status = status;
    this.body = body;
    this.setHeader("Content-Type", contentType);
  }

  /** A streamed response of `body.length` bytes. */
  sendStream(status: number, body: BodyStream, contentType: string): void {
    this.status = status;
    this.stream = body;
    this.setHeader("Content-Type", contentType);
  }

  bodyLength(): number {
    const stream = this.stream;
    return stream === undefined ? this.body.length : stream.length;
  }

  /** The status line and header block, ending with the blank line. */
  head(keepAlive: boolean): string {
    let text = `HTTP/1.1 ${this.status} ${reasonPhrase(this.status)}\r\nServer: ts-esp\r\n`;
    for (const field of this.fields) text += `${field}\r\n`;
    text += `Content-Length: ${this.bodyLength()}\r\n`;
    text += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return text;
  }
}

/** The interim response that tells a client waiting on "Expect: 100-continue" to send its body. */
export const CONTINUE_HEAD = `HTTP/1.1 100 ${reasonPhrase(100)}\r\n\r\n`;
