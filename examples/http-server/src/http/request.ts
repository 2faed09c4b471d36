// A parsed HTTP/1.1 request, as the parser (parser.ts) hands it to the router (router.ts).
// Header names are stored lower-cased; repeated headers are joined with ", " (RFC 9110 5.3).

export class Request {
  /** The path part of the target ("/stats" for "/stats?x=1"). */
  readonly path: string;
  /** The query string without "?" ("" when there is none). */
  readonly query: string;
  readonly headers = new Map<string, string>();
  /** Declared by Content-Length (0 when absent). */
  contentLength = 0;
  body = "";
  /** Whether the connection stays open after the response (HTTP/1.1 default, "Connection: close"). */
  keepAlive = true;

  constructor(readonly method: string, readonly target: string, readonly version: string) {
    const mark = target.indexOf("?");
    this.path = mark < 0 ? target : target.slice(0, mark);
    this.query = mark < 0 ? "" : target.slice(mark + 1);
  }

  /** The value of header `name` (any case), or "" if the request has none. */
  header(name: string): string {
    return this.headers.get(name.toLowerCase()) ?? "";
  }

  hasHeader(name: string): boolean {
    return this.headers.has(name.toLowerCase());
  }

  /** True if the comma-separated header `name` lists `token` (case-insensitive), as Connection does. */
  headerHasToken(name: string, token: string): boolean {
    for (const part of this.header(name).split(",")) {
      if (part.trim().toLowerCase() === token) return true;
    }
    return false;
  }
}
