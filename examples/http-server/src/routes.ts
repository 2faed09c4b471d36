// The application: what each path answers.
//   GET  /       a greeting
//   GET  /stats  connection and request counters, free heap, uptime (JSON)
//   POST /echo   the request body back, with its Content-Type
//   GET  /big    BIG_BODY_BYTES of numbered text lines, streamed; X-Body-CRC32 carries their CRC-32

import { Crc32 } from "./crc32";
import { Request } from "./http/request";
import { BodyStream, Response } from "./http/response";
import { Router } from "./http/router";
import { ServerStats } from "./http/stats";

/** What GET /stats answers. */
interface StatusReport {
  /** Connections open now (this one included). */
  connections: number;
  accepted: number;
  requests: number;
  rejected: number;
  /** ESP.getFreeHeap() */
  freeHeap: number;
  uptimeMs: number;
}

/** /big is BIG_LINES lines of BIG_LINE_BYTES bytes each: 128 KiB. */
const BIG_LINES = 2048;
const BIG_LINE_BYTES = 64;
export const BIG_BODY_BYTES = BIG_LINES * BIG_LINE_BYTES;
const ROTOR = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRST"; // 56 characters

/** Line `n` of /big: a 6-digit number, a space, ROTOR rotated by n, a newline. */
function bigLine(n: number): string {
  const shift = n % ROTOR.length;
  return `${String(n).padStart(6, "0")} ${ROTOR.slice(shift)}${ROTOR.slice(0, shift)}\n`;
}

/** Up to `max` bytes of /big starting at `offset`, made on demand. */
function readBig(offset: number, max: number): string {
  let text = "";
  let line = Math.floor(offset / BIG_LINE_BYTES);
  let skip = offset % BIG_LINE_BYTES;
  while (text.length < max && line < BIG_LINES) {
    const whole = bigLine(line);
    text += skip > 0 ? whole.slice(skip) : whole;
    skip = 0;
    line++;
  }
  return text.length > max ? text.slice(0, max) : text;
}

function bigChecksum(): string {
  const crc = new Crc32();
  for (let n = 0; n < BIG_LINES; n++) crc.update(bigLine(n));
  return crc.hex();
}

export function createRoutes(stats: ServerStats, freeHeap: () => number): Router {
  const router = new Router();
  const bigCrc = bigChecksum();

  router.get("/", (request: Request, response: Response) => {
    response.send(200, "Hello from ts-esp!\n");
  });

  router.get("/stats", (request: Request, response: Response) => {
    const report: StatusReport = {
      connections: stats.open,
      accepted: stats.accepted,
      requests: stats.requests,
      rejected: stats.rejected,
      freeHeap: freeHeap(),
      uptimeMs: millis(),
    };
    response.send(200, `${JSON.stringify(report)}\n`, "application/json");
  });

  router.post("/echo", (request: Request, response: Response) => {
    const type = request.header("content-type");
    response.send(200, request.body, type.length > 0 ? type : "application/octet-stream");
  });

  router.get("/big", (request: Request, response: Response) => {
    response.setHeader("X-Body-CRC32", bigCrc);
    response.sendStream(200, new BodyStream(BIG_BODY_BYTES, readBig), "text/plain");
  });

  return router;
}
