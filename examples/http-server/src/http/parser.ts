// Incremental HTTP/1.1 request parser (RFC 9112). Bytes arrive in whatever pieces TCP delivers: a
// request split at any byte, or several pipelined requests in one segment. push() appends them,
// next() returns each complete request in order. Requests are framed by the blank line after the
// head and by Content-Length; chunked request bodies are not accepted (501).
// On a malformed or oversized request the parser stops for good and `status` holds the HTTP status
// to answer with (400, 413, 417, 431, 501, 505); the connection must then be closed.

import { Request } from "./request";

/** Largest request head (request line + headers + blank line) accepted, in bytes. */
export const MAX_HEAD_BYTES = 8192;
/** Most header fields accepted in one request. */
export const MAX_HEADER_COUNT = 64;
/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 16384;

const TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

/** RFC 9110 tchar: the characters of methods and header names. */
function isTokenChar(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || TOKEN_SYMBOLS.includes(c);
}

function isToken(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    if (!isTokenChar(text[i])) return false;
  }
  return true;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] < "0" || text[i] > "9") return false;
  }
  return true;
}

/** Visible ASCII only: what an origin-form request target may contain. */
function isVisibleAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

/** Field values: no control characters other than horizontal tab. */
function isFieldValue(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return false;
  }
  return true;
}

/** Strips optional whitespace (spaces and tabs) at both ends. */
function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "\t")) start++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(start, end);
}

/**
 * Where the head in `text` ends, searching from `from`: the index just past the blank line, or -1.
 * Lines end in CRLF; a bare LF is accepted too (RFC 9112 2.2).
 */
function findHeadEnd(text: string, from: number): number {
  let at = text.indexOf("\n", from);
  while (at >= 0 && at + 1 < text.length) {
    if (text[at + 1] === "\n") return at + 2;
    if (text[at + 1] === "\r" && at + 2 < text.length && text[at + 2] === "\n") return at + 3;
    at = text.indexOf("\n", at + 1);
  }
  return -1;
}

export class RequestParser {
  /** 0 while parsing; otherwise the status of the error that stopped the parser. */
  status = 0;
  /** What was wrong, for the error response's body. */
  reason = "";
  private buffer = "";
  private scanFrom = 0;
  private waiting: Request | undefined = undefined;
  private continueDue = false;

  /** Appends received text (one character per byte). Ignored after an error. */
  push(text: string): void {
    if (this.status === 0) this.buffer += text;
  }

  /** Bytes received but not yet returned as part of a request. */
  buffered(): number {
    return this.buffer.length;
  }

  /** True if nothing of a further request has arrived: a keep-alive connection is idle. */
  idle(): boolean {
    return this.waiting === undefined && this.buffer.length === 0;
  }

  /**
   * True once per request whose head asked for "Expect: 100-continue" and announced a body: the
   * caller sends "100 Continue" before the final response (RFC 9110 10.1.1), whether or not the body
   * has already arrived, so the answer does not depend on how TCP cut the bytes.
   */
  takeContinue(): boolean {
    const due = this.continueDue;
    this.continueDue = false;
    return due;
  }

  /** The next complete request, or undefined when more bytes are needed or the parser failed. */
  next(): Request | undefined {
    if (this.status !== 0) return undefined;
    if (this.waiting === undefined) {
      this.waiting = this.readHead();
      const head = this.waiting;
      this.continueDue = head !== undefined && head.contentLength > 0 && head.headerHasToken("expect", "100-continue");
    }
    const request = this.waiting;
    if (request === undefined || this.buffer.length < request.contentLength) return undefined;
    request.body = this.buffer.slice(0, request.contentLength);
    this.buffer = this.buffer.slice(request.contentLength);
    this.waiting = undefined;
    return request;
  }

  /** Takes a complete head off the buffer and parses it; undefined if incomplete or bad. */
  private readHead(): Request | undefined {
    // A recipient ignores empty lines received before the request line (RFC 9112 2.2).
    let skip = 0;
    while (skip < this.buffer.length && (this.buffer[skip] === "\r" || this.buffer[skip] === "\n")) skip++;
    if (skip > 0) {
      this.buffer = this.buffer.slice(skip);
      this.scanFrom = 0;
    }
    const end = findHeadEnd(this.buffer, this.scanFrom);
    if (end < 0) {
      if (this.buffer.length > MAX_HEAD_BYTES) this.fail(431, "request head too large");
      this.scanFrom = Math.max(0, this.buffer.length - 2);
      return undefined;
    }
    if (end > MAX_HEAD_BYTES) {
      this.fail(431, "request head too large");
      return undefined;
    }
    const head = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    this.scanFrom = 0;
    const lines = head.split("\n").map((line: string) => (line.endsWith("\r") ? line.slice(0, line.length - 1) : line));
    const request = this.parseRequestLine(lines[0]);
    if (request === undefined || !this.parseHeaders(lines, request) || !this.checkFraming(request)) return undefined;
    return request;
  }

  /** "GET /path HTTP/1.1" -> a Request; undefined (and the parser failed) if malformed. */
  private parseRequestLine(line: string): Request | undefined {
    const parts = line.split(" ");
    if (parts.length !== 3 || !isToken(parts[0])) return this.failWith(400, "malformed request line");
    const method = parts[0];
    const target = parts[1];
    const version = parts[2];
    if (!target.startsWith("/") || !isVisibleAscii(target)) return this.failWith(400, "bad request target");
    if (version !== "HTTP/1.1" && version !== "HTTP/1.0") {
      const looksLikeHttp = version.length === 8 && version.startsWith("HTTP/") && version[6] === ".";
      return this.failWith(looksLikeHttp ? 505 : 400, looksLikeHttp ? "HTTP version not supported" : "malformed request line");
    }
    return new Request(method, target, version);
  }

  /** Header lines (after the request line, up to the blank one) into request.headers. */
  private parseHeaders(lines: string[], request: Request): boolean {
    let count = 0;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.length === 0) continue; // the blank line that ends the head
      if (line[0] === " " || line[0] === "\t") return this.fail(400, "obsolete line folding");
      const colon = line.indexOf(":");
      const name = colon < 0 ? "" : line.slice(0, colon);
      if (!isToken(name)) return this.fail(400, "malformed header field");
      const value = trimOws(line.slice(colon + 1));
      if (!isFieldValue(value)) return this.fail(400, "bad character in header value");
      count++;
      if (count > MAX_HEADER_COUNT) return this.fail(431, "too many header fields");
      const key = name.toLowerCase();
      const earlier = request.headers.get(key);
      if (earlier === undefined) request.headers.set(key, value);
      else if (key === "content-length" && earlier !== value) return this.fail(400, "conflicting Content-Length");
      else if (key !== "content-length") request.headers.set(key, `${earlier}, ${value}`);
    }
    return true;
  }

  /** Body framing, Host, Expect and persistence, from the parsed headers. */
  private checkFraming(request: Request): boolean {
    if (request.hasHeader("transfer-encoding")) return this.fail(501, "Transfer-Encoding is not supported");
    if (request.version === "HTTP/1.1" && !request.hasHeader("host")) return this.fail(400, "missing Host header");
    if (request.hasHeader("content-length")) {
      const declared = request.header("content-length");
      if (!isDigits(declared)) return this.fail(400, "bad Content-Length");
      if (declared.length > 9 || Number(declared) > MAX_BODY_BYTES) return this.fail(413, `body larger than ${MAX_BODY_BYTES} bytes`);
      request.contentLength = Number(declared);
    }
    if (request.hasHeader("expect") && !request.headerHasToken("expect", "100-continue")) return this.fail(417, "unsupported expectation");
    request.keepAlive = request.version === "HTTP/1.1" ? !request.headerHasToken("connection", "close") : request.headerHasToken("connection", "keep-alive");
    return true;
  }

  private fail(status: number, reason: string): boolean {
    this.status = status;
    this.reason = reason;
    this.buffer = "";
    return false;
  }

  private failWith(status: number, reason: string): Request | undefined {
    this.fail(status, reason);
    return undefined;
  }
}
