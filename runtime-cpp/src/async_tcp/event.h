// One queued AsyncTCP event: the node that carries an lwIP happening from the tcpip thread to the
// async_tcp task. Internal, do not include from sketches.
// Ownership: every AsyncClient embeds one node per kind except Recv (connected/accept, sent, poll,
// terminal), so those can never be lost to a failed allocation; a node is linked at most once
// (`queued`). Recv nodes are heap-allocated per lwIP recv callback and own their pbuf chain while
// queued. Nodes are linked and unlinked only under the event-queue mutex (event_queue.h).
#pragma once

#include <stdint.h>

class AsyncClient;
class AsyncServer;
struct pbuf;

enum class AsyncTcpEventKind : uint8_t {
  Connected,  // outgoing connect completed (embedded)
  Accept,     // a new incoming client for `server` (embedded in the new client)
  Recv,       // data: `pb` chain (heap node; the only kind that allocates)
  Sent,       // peer acked `bytes` since the last delivery (embedded, accumulates)
  Poll,       // lwIP poll tick (embedded: at most one pending per client)
  Terminal,   // the connection is over: onError(err) if err != 0, then onDisconnect (embedded)
  Count
};

enum class AsyncTcpTerminalReason : uint8_t {
  LocalClose,  // close(), rx timeout: pcb already closed, onDisconnect only
  RemoteFin,   // peer sent FIN: close the pcb on delivery, onDisconnect only
  Error,       // lwIP error / abort() / failed connect or DNS: onError(err) then onDisconnect
};

enum class AsyncTcpPhase : uint8_t {  // connection life cycle of one AsyncClient
  Idle,        // never connected: no pcb, no events, lwIP never touched
  Resolving,   // connect(host) waiting for the resolver
  Connecting,  // SYN sent
  Connected,   // established (or accepted)
  Closing,     // terminal event queued, not yet delivered
  Closed,      // onDisconnect delivered (or delivering); connect() may start again
};

struct AsyncTcpEvent {
  AsyncTcpEvent *next = nullptr;
  AsyncClient *client = nullptr;
  AsyncServer *server = nullptr;  // Accept only
  struct pbuf *pb = nullptr;      // Recv only; owned while queued
  uint32_t bytes = 0;             // Sent: bytes acked (accumulated while queued)
  int8_t err = 0;                 // Terminal: error for onError (0 = none)
  AsyncTcpEventKind kind = AsyncTcpEventKind::Poll;
  AsyncTcpTerminalReason reason = AsyncTcpTerminalReason::LocalClose;
  bool queued = false;  // linked into the queue right now
  bool heap = false;    // allocated with new; deleted when popped or purged
};
