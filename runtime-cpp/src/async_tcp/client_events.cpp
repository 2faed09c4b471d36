// async_tcp task: per-client event handlers -> user callbacks (onConnect, onData/onPacket, onAck,
// onTimeout/onPoll, onError + onDisconnect). Each handler copies the callback before calling it and
// re-checks a deletion watch afterwards, so `delete client`, close() and abort() are safe inside any
// callback: the remaining work for that client is dropped.
#include "detail.h"
#include "lwip/sys.h"
#include "tcpip_call.h"

using Phase = AsyncTcpPhase;

namespace {

constexpr uint32_t kAckWindowMs = 86400000u;  // "tx after last ack" must be within one day

struct DeletionWatch {  // async_tcp task: notices `delete client` inside a callback
  explicit DeletionWatch(bool *&slot) : slot_(&slot) { slot = &deleted; }
  ~DeletionWatch() { release(); }
  void release() {  // stop watching; the client is not touched again by this dispatch
    if (!deleted && slot_) *slot_ = nullptr;
    slot_ = nullptr;
  }
  bool deleted = false;

 private:
  bool **slot_;
};

}  // namespace

void AsyncTCP_detail::dispatchConnected(AsyncClient *client) {
  if (static_cast<Phase>(client->_phase.load()) != Phase::Connected || client->_userClosed.load()) return;
  client->_rxLastPacket.store(sys_now());
  client->_txLastPacket.store(0);
  client->_rxLastAck.store(0);
  AcConnectHandler cb = client->_connectCb;
  if (cb) cb(client->_connectArg, client);
}

void AsyncTCP_detail::dispatchRecv(AsyncClient *client, struct pbuf *chain) {
  DeletionWatch watch(client->_deletedFlag);
  client->_rxInFlight.fetch_add(chain->tot_len);
  struct pbuf *rest = chain;
  struct pbuf *done = nullptr;  // processed segments, re-linked for one pbuf_free
  struct pbuf **doneTail = &done;
  while (rest) {
    if (client->_userClosed.load()) {  // close()/abort() inside a callback: drop the rest
      *doneTail = rest;
      break;
    }
    struct pbuf *segment = rest;
    rest = segment->next;
    segment->next = nullptr;
    client->_rxLastPacket.store(sys_now());
    AcPacketHandler packetCb = client->_pbCb;
    if (packetCb) {  // the callee owns the segment and acks it with ackPacket()
      client->_rxInFlight.fetch_sub(segment->len);
      packetCb(client->_pbArg, client, segment);
    } else {
      client->_ackNow = true;
      AcDataHandler dataCb = client->_recvCb;
      if (dataCb) dataCb(client->_recvArg, client, segment->payload, segment->len);
      if (!watch.deleted && !client->_userClosed.load() && !client->_ackNow) {
        client->_rxInFlight.fetch_sub(segment->len);
        client->_rxAckLen.fetch_add(segment->len);
      }
      *doneTail = segment;
      doneTail = &segment->next;
    }
    if (watch.deleted) {  // the destructor acked everything in flight; only free the memory
      *doneTail = rest;
      break;
    }
  }
  bool deleted = watch.deleted;
  async_tcp::runOnTcpip([&] {
    if (!deleted) {
      uint32_t owed = client->_rxInFlight.exchange(0);
      async_tcp::recvBytesOnTcpip(client->_pcb, owed);
      snapshotOnTcpip(client);
    }
    if (done) pbuf_free(done);
  });
}

void AsyncTCP_detail::dispatchSent(AsyncClient *client, uint32_t bytes) {
  if (client->_userClosed.load()) return;
  uint32_t now = sys_now();
  client->_rxLastAck.store(now);  // every ack counts for both timers, with or without an onAck
  client->_rxLastPacket.store(now);
  AcAckHandler cb = client->_sentCb;
  if (cb) cb(client->_sentArg, client, bytes, now - client->_txLastPacket.load());
}

void AsyncTCP_detail::dispatchPoll(AsyncClient *client) {
  if (static_cast<Phase>(client->_phase.load()) != Phase::Connected || client->_userClosed.load()) return;
  uint32_t now = sys_now();
  uint32_t ackTimeout = client->_ackTimeout.load();
  uint32_t txLast = client->_txLastPacket.load();
  if (ackTimeout && txLast) {
    bool sentAfterLastAck = (client->_rxLastAck.load() - txLast + kAckWindowMs) < kAckWindowMs;
    if (sentAfterLastAck && now - txLast >= ackTimeout) {
      AcTimeoutHandler cb = client->_timeoutCb;
      if (cb) cb(client->_timeoutArg, client, now - txLast);
      return;
    }
  }
  uint32_t rxTimeout = client->_rxTimeout.load();
  if (rxTimeout && now - client->_rxLastPacket.load() >= rxTimeout * 1000u) {
    client->close();
    return;
  }
  AcConnectHandler cb = client->_pollCb;
  if (cb) cb(client->_pollArg, client);
}

void AsyncTCP_detail::dispatchTerminal(AsyncClient *client, AsyncTcpTerminalReason reason, int8_t err) {
  DeletionWatch watch(client->_deletedFlag);
  (void)reason;
  // RemoteFin: the pcb is still open (close it gracefully now). Otherwise it is already gone; this
  // only drops events that raced in after the terminal one.
  async_tcp::runOnTcpip([&] { closePcbOnTcpip(client, false); });
  setPhase(client, static_cast<uint8_t>(Phase::Closed));
  if (err != 0) {
    AcErrorHandler errorCb = client->_errorCb;
    if (errorCb) errorCb(client->_errorArg, client, err);
    if (watch.deleted) return;
  }
  AcConnectHandler discardCb = client->_discardCb;
  void *discardArg = client->_discardArg;
  // onDisconnect is the last callback: once it has started, any task may delete the client (the
  // sketch learns of it from inside onDisconnect), so nothing below may touch `client`.
  watch.release();
  if (discardCb) discardCb(discardArg, client);
}
