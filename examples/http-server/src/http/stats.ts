// Counters the connections keep and GET /stats reports. Connection counts return to their baseline
// when every client is gone: the abuse tests check exactly that.

export class ServerStats {
  /** Connections accepted and not yet disconnected. */
  open = 0;
  /** Connections accepted since start. */
  accepted = 0;
  /** Requests answered (including error responses). */
  requests = 0;
  /** Requests refused as malformed, oversized or timed out. */
  rejected = 0;
}
