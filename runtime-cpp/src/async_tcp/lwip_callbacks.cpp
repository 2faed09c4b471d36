// tcpip thread: lwIP raw-API callbacks -> events on the queue (event_queue.h), and the pcb helpers
// every other part reaches through runOnTcpip(). Data path: tcp_input() -> onTcpRecv() -> queue ->
// async_tcp task -> onData. Nothing here calls user code or waits for the async_tcp task.
#include <new>

#include "detail.h"
#include "lwip/sys.h"
#include "resolver.h"
#include "tcpip_call.h"
#include "test_hooks.h"

using async_tcp::EventQueueLock;
using Phase = AsyncTcpPhase;

namespace async_tcp {

void recvBytesOnTcpip(tcp_pcb *pcb, uint32_t bytes) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  while (pcb && bytes > 0) {
    u16_t chunk = bytes > 0xFFFFu ? u16_t(0xFFFF) : u16_t(bytes);
    tcp_recved(pcb, chunk);
    bytes -= chunk;
  }
}

void freePbufChainOnTcpip(struct pbuf *chain) {
  if (!chain) return;
  runOnTcpip([chain] { pbuf_free(chain); });
}

}  // namespace async_tcp

namespace {

void unbindPcbOnTcpip(tcp_pcb *pcb) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  tcp_arg(pcb, nullptr);
  tcp_recv(pcb, nullptr);
  tcp_sent(pcb, nullptr);
  tcp_err(pcb, nullptr);
  tcp_poll(pcb, nullptr, 0);
}

}  // namespace

void AsyncTCP_detail::cacheAddressesOnTcpip(AsyncClient *client, tcp_pcb *pcb) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  EventQueueLock lock;  // readers of the cache take this mutex
  ip_addr_copy(client->_remoteIp, pcb->remote_ip);
  ip_addr_copy(client->_localIp, pcb->local_ip);
  client->_remotePort = pcb->remote_port;
  client->_localPort = pcb->local_port;
}

bool AsyncTCP_detail::isActive(const AsyncClient *client) {
  auto phase = static_cast<Phase>(client->_phase.load(std::memory_order_acquire));
  return phase == Phase::Resolving || phase == Phase::Connecting || phase == Phase::Connected;
}

void AsyncTCP_detail::setPhase(AsyncClient *client, uint8_t phase) {
  client->_phase.store(phase, std::memory_order_release);
}

void AsyncTCP_detail::snapshotOnTcpip(AsyncClient *client) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  tcp_pcb *pcb = client->_pcb;
  if (!pcb) {
    client->_tcpState.store(CLOSED, std::memory_order_release);
    client->_sndBuf.store(0, std::memory_order_release);
    return;
  }
  client->_tcpState.store(static_cast<uint8_t>(pcb->state), std::memory_order_release);
  client->_sndBuf.store(tcp_sndbuf(pcb), std::memory_order_release);
  client->_mss.store(tcp_mss(pcb), std::memory_order_release);
}

void AsyncTCP_detail::bindClientOnTcpip(AsyncClient *client, tcp_pcb *pcb) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  client->_pcb = pcb;
  async_tcp::countPcb(+1);
  tcp_arg(pcb, client);
  tcp_recv(pcb, &AsyncTCP_detail::onTcpRecv);
  tcp_sent(pcb, &AsyncTCP_detail::onTcpSent);
  tcp_err(pcb, &AsyncTCP_detail::onTcpError);
  tcp_poll(pcb, &AsyncTCP_detail::onTcpPoll, CONFIG_ASYNC_TCP_POLL_TIMER);
  if (client->_noDelay.load(std::memory_order_relaxed)) tcp_nagle_disable(pcb);
  else tcp_nagle_enable(pcb);
  cacheAddressesOnTcpip(client, pcb);
  snapshotOnTcpip(client);
}

void AsyncTCP_detail::cancelDnsOnTcpip(AsyncClient *client) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  if (!client->_dns) return;
  client->_dns->client = nullptr;  // the resolver callback frees the request
  client->_dns = nullptr;
}

bool AsyncTCP_detail::closePcbOnTcpip(AsyncClient *client, bool abortIt) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  cancelDnsOnTcpip(client);
  uint32_t purgedBytes = 0;
  AsyncTcpEvent *dropped;
  {
    EventQueueLock lock;
    dropped = async_tcp::purgeClientEventsLocked(client, false, &purgedBytes);
  }
  tcp_pcb *pcb = client->_pcb;
  if (pcb) {
    unbindPcbOnTcpip(pcb);
    client->_pcb = nullptr;
    async_tcp::countPcb(-1);
    if (abortIt) {
      tcp_abort(pcb);
    } else {
      // Unread data makes tcp_close() send RST: acknowledge everything received but not yet acked.
      uint32_t owed = client->_rxAckLen.load() + client->_rxInFlight.load() + purgedBytes;
      async_tcp::recvBytesOnTcpip(pcb, owed);
      if (tcp_close(pcb) != ERR_OK) tcp_abort(pcb);
    }
  }
  client->_rxAckLen.store(0);
  client->_rxInFlight.store(0);
  async_tcp::freeRecvNodes(dropped);
  snapshotOnTcpip(client);
  return pcb != nullptr;
}

void AsyncTCP_detail::queueTerminalOnTcpip(AsyncClient *client, AsyncTcpTerminalReason reason, int8_t err,
                                           bool purgeOthers) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  AsyncTcpEvent *dropped = nullptr;
  {
    EventQueueLock lock;
    if (client->_terminalEvent.queued || !isActive(client)) return;
    if (purgeOthers) dropped = async_tcp::purgeClientEventsLocked(client, false, nullptr);
    AsyncTcpEvent &ev = client->_terminalEvent;
    ev.kind = AsyncTcpEventKind::Terminal;
    ev.client = client;
    ev.reason = reason;
    ev.err = err;
    setPhase(client, static_cast<uint8_t>(Phase::Closing));
    async_tcp::pushEventLocked(&ev);
  }
  async_tcp::wakeEventConsumer();
  async_tcp::freeRecvNodes(dropped);
}

err_t AsyncTCP_detail::startConnectOnTcpip(AsyncClient *client, const ip_addr_t *addr, uint16_t port) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  tcp_pcb *pcb = tcp_new_ip_type(IP_GET_TYPE(addr));
  if (!pcb) return ERR_MEM;
  bindClientOnTcpip(client, pcb);
  setPhase(client, static_cast<uint8_t>(Phase::Connecting));
  err_t err = tcp_connect(pcb, addr, port, &AsyncTCP_detail::onTcpConnected);
  if (err != ERR_OK) {  // lwIP keeps no reference: release the pcb here, never leak it
    unbindPcbOnTcpip(pcb);
    client->_pcb = nullptr;
    async_tcp::countPcb(-1);
    tcp_abort(pcb);
    snapshotOnTcpip(client);
    return err;
  }
  {
    EventQueueLock lock;  // the address cache is read under this mutex
    ip_addr_copy(client->_remoteIp, *addr);
    client->_remotePort = port;
  }
  snapshotOnTcpip(client);
  return ERR_OK;
}

err_t AsyncTCP_detail::onTcpConnected(void *arg, tcp_pcb *pcb, err_t err) {
  async_tcp::TcpipContextScope scope;
  auto *client = static_cast<AsyncClient *>(arg);
  if (!client || err != ERR_OK) return ERR_OK;
  cacheAddressesOnTcpip(client, pcb);
  snapshotOnTcpip(client);
  {
    EventQueueLock lock;
    if (static_cast<Phase>(client->_phase.load()) != Phase::Connecting) return ERR_OK;
    setPhase(client, static_cast<uint8_t>(Phase::Connected));
    AsyncTcpEvent &ev = client->_connectedEvent;
    ev.kind = AsyncTcpEventKind::Connected;
    ev.client = client;
    ev.server = nullptr;
    async_tcp::pushEventLocked(&ev);
  }
  async_tcp::wakeEventConsumer();
  return ERR_OK;
}

err_t AsyncTCP_detail::onTcpRecv(void *arg, tcp_pcb *pcb, struct pbuf *pb, err_t err) {
  async_tcp::TcpipContextScope scope;
  (void)err;  // always ERR_OK in lwIP 2.x
  auto *client = static_cast<AsyncClient *>(arg);
  if (!pb) {  // remote FIN: deliver after the data already queued
    if (client) queueTerminalOnTcpip(client, AsyncTcpTerminalReason::RemoteFin, 0, false);
    return ERR_OK;
  }
  if (client) snapshotOnTcpip(client);
  if (!async_tcp::allocationAllowed(AsyncTcpEventKind::Recv)) return ERR_MEM;  // lwIP retries later
  auto *ev = new (std::nothrow) AsyncTcpEvent();
  if (!ev) return ERR_MEM;
  ev->kind = AsyncTcpEventKind::Recv;
  ev->client = client;
  ev->pb = pb;
  ev->heap = true;
  bool queued = false;
  if (client) {
    EventQueueLock lock;
    if (!client->_terminalEvent.queued && isActive(client)) {
      async_tcp::pushEventLocked(ev);
      queued = true;
    }
  }
  if (!queued) {  // nobody will read it: consume it so the window stays open
    delete ev;
    tcp_recved(pcb, pb->tot_len);
    pbuf_free(pb);
    return ERR_OK;
  }
  async_tcp::wakeEventConsumer();
  return ERR_OK;
}

err_t AsyncTCP_detail::onTcpSent(void *arg, tcp_pcb *pcb, u16_t len) {
  async_tcp::TcpipContextScope scope;
  (void)pcb;
  auto *client = static_cast<AsyncClient *>(arg);
  if (!client) return ERR_OK;
  snapshotOnTcpip(client);
  {
    EventQueueLock lock;
    if (client->_terminalEvent.queued || !isActive(client)) return ERR_OK;
    AsyncTcpEvent &ev = client->_sentEvent;
    ev.kind = AsyncTcpEventKind::Sent;
    ev.client = client;
    ev.bytes += len;
    async_tcp::pushEventLocked(&ev);
  }
  async_tcp::wakeEventConsumer();
  return ERR_OK;
}

err_t AsyncTCP_detail::onTcpPoll(void *arg, tcp_pcb *pcb) {
  async_tcp::TcpipContextScope scope;
  (void)pcb;
  auto *client = static_cast<AsyncClient *>(arg);
  if (!client) return ERR_OK;
  snapshotOnTcpip(client);
  {
    EventQueueLock lock;
    if (client->_terminalEvent.queued || static_cast<Phase>(client->_phase.load()) != Phase::Connected)
      return ERR_OK;
    AsyncTcpEvent &ev = client->_pollEvent;  // at most one pending poll per client
    ev.kind = AsyncTcpEventKind::Poll;
    ev.client = client;
    async_tcp::pushEventLocked(&ev);
  }
  async_tcp::wakeEventConsumer();
  return ERR_OK;
}

void AsyncTCP_detail::onTcpError(void *arg, err_t err) {
  async_tcp::TcpipContextScope scope;
  auto *client = static_cast<AsyncClient *>(arg);
  if (!client) return;
  if (client->_pcb) {  // lwIP has already freed the pcb: forget it, never touch it
    client->_pcb = nullptr;
    async_tcp::countPcb(-1);
  }
  snapshotOnTcpip(client);
  queueTerminalOnTcpip(client, AsyncTcpTerminalReason::Error, static_cast<int8_t>(err), false);
}

err_t AsyncTCP_detail::onTcpAccept(void *arg, tcp_pcb *pcb, err_t err) {
  async_tcp::TcpipContextScope scope;
  auto *server = static_cast<AsyncServer *>(arg);
  if (!pcb || err != ERR_OK) return ERR_VAL;
  AsyncClient *client = nullptr;
  if (server && server->_acceptEnabled.load() && async_tcp::allocationAllowed(AsyncTcpEventKind::Accept))
    client = new (std::nothrow) AsyncClient();
  if (!client) {
    tcp_abort(pcb);
    return ERR_ABRT;  // the pcb is gone: lwIP must not touch it again
  }
  client->_noDelay.store(server->_noDelay.load());
  bindClientOnTcpip(client, pcb);
  client->_rxLastPacket.store(sys_now());
  {
    EventQueueLock lock;
    setPhase(client, static_cast<uint8_t>(Phase::Connected));
    AsyncTcpEvent &ev = client->_connectedEvent;
    ev.kind = AsyncTcpEventKind::Accept;
    ev.client = client;
    ev.server = server;
    async_tcp::pushEventLocked(&ev);
  }
  async_tcp::wakeEventConsumer();
  return ERR_OK;
}

void AsyncTCP_detail::onHostFound(const char *name, const ip_addr_t *addr, void *arg) {
  async_tcp::TcpipContextScope scope;
  (void)name;
  auto *request = static_cast<DnsRequest *>(arg);
  AsyncClient *client = request->client;
  uint16_t port = request->port;
  delete request;
  if (!client) return;  // cancelled: the client may be gone
  client->_dns = nullptr;
  if (!addr || ip_addr_isany(addr)) {
    queueTerminalOnTcpip(client, AsyncTcpTerminalReason::Error, TSESP_ASYNC_TCP_ERR_DNS_FAILED, false);
    return;
  }
  err_t err = startConnectOnTcpip(client, addr, port);
  if (err != ERR_OK) queueTerminalOnTcpip(client, AsyncTcpTerminalReason::Error, static_cast<int8_t>(err), false);
}
