// internal, do not include from sketches. The queue that carries AsyncTCP callbacks (async_tcp task)
// to the TS loop: post() copies the facts (no TS values, no refcounts touched), wakes the loop; the
// loop pops one event at a time and dispatches it to its Client/Server (net_events.cpp).
// Calling context: post() any task; everything else TS loop. Ownership: an Accept event owns the
// creator's count of its new Client until dispatched or purged. purge*() must not run while the
// queue's own lock is held (it never is outside this file) and drop the purged clients after unlocking.
#pragma once

#include <cstdint>
#include <string>

namespace tsesp {
namespace net {

class Client;
class Server;

enum class NetEventKind : uint8_t { Accept, Connected, Data, Error, Ack, Timeout, Poll, Disconnected, WifiConnected, WifiDisconnected };

struct NetEvent {
  NetEventKind kind;
  void* target;         // Client* or (Accept) Server*; nullptr for Wifi*
  Client* accepted;     // Accept only
  std::string data;     // Data; WifiConnected: the address as text
  int32_t a;            // Error code, Ack length, WifiDisconnected reason
  uint32_t b;           // Ack/Timeout ms
};

void postNetEvent(NetEvent event);
/** Drops every queued event of `target` (a Client or Server being destroyed); releases accepted clients. */
void purgeNetEvents(const void* target);
/** Registers the net loop source (idempotent). */
void ensureNetLoopSource();
/** Open connections and listening servers that keep the program alive. TS loop. */
void addLiveHandle(int delta);

}  // namespace net
}  // namespace tsesp
