// AsyncClient public API (any task): every pcb access goes through runOnTcpip(); state getters read
// snapshots taken on the tcpip thread; teardown is announced by one terminal event per connection,
// delivered on the async_tcp task (lwip_callbacks.cpp queues it, client_events.cpp delivers it).
#include <string.h>

#include <new>

#include "detail.h"
#include "lwip/sys.h"
#include "resolver.h"
#include "tcpip_call.h"
#include "test_hooks.h"

using async_tcp::EventQueueLock;
using async_tcp::runOnTcpip;
using Phase = AsyncTcpPhase;

namespace {

Phase phaseOf(const std::atomic<uint8_t> &phase) { return static_cast<Phase>(phase.load(std::memory_order_acquire)); }

}  // namespace

AsyncClient::AsyncClient(tcp_pcb *pcb) {
  async_tcp::countClient(+1);
  for (AsyncTcpEvent *ev : {&_connectedEvent, &_sentEvent, &_pollEvent, &_terminalEvent}) ev->client = this;
  _connectedEvent.kind = AsyncTcpEventKind::Connected;
  _sentEvent.kind = AsyncTcpEventKind::Sent;
  _pollEvent.kind = AsyncTcpEventKind::Poll;
  _terminalEvent.kind = AsyncTcpEventKind::Terminal;
  if (!pcb) return;
  async_tcp::startAsyncTask();
  runOnTcpip([&] {
    AsyncTCP_detail::bindClientOnTcpip(this, pcb);
    AsyncTCP_detail::setPhase(this, static_cast<uint8_t>(Phase::Connected));
    _rxLastPacket.store(sys_now());
  });
}

AsyncClient::~AsyncClient() {
  bool onAsyncTask = async_tcp::isAsyncTaskThread();
  if (onAsyncTask && _deletedFlag) *_deletedFlag = true;  // our dispatch is on the stack: it stops
  if (phaseOf(_phase) != Phase::Idle) {
    runOnTcpip([&] {
      AsyncTCP_detail::closePcbOnTcpip(this, false);
      AsyncTcpEvent *dropped;
      {
        EventQueueLock lock;
        dropped = async_tcp::purgeClientEventsLocked(this, true, nullptr);
      }
      async_tcp::freeRecvNodes(dropped);
    });
    if (!onAsyncTask) async_tcp::waitWhileDispatching(this);
  }
  async_tcp::countClient(-1);
}

bool AsyncClient::operator==(const AsyncClient &other) const { return this == &other; }

namespace {

void resetForConnect(std::atomic<bool> &userClosed, std::atomic<uint32_t> &ackLen, std::atomic<uint32_t> &inFlight) {
  userClosed.store(false);
  ackLen.store(0);
  inFlight.store(0);
}

}  // namespace

bool AsyncClient::connect(ip_addr_t addr, uint16_t port) {
  if (!async_tcp::startAsyncTask()) return false;
  err_t err = ERR_ISCONN;
  runOnTcpip([&] {
    Phase previous = phaseOf(_phase);
    if (AsyncTCP_detail::isActive(this) || previous == Phase::Closing || _pcb) return;
    resetForConnect(_userClosed, _rxAckLen, _rxInFlight);
    err = AsyncTCP_detail::startConnectOnTcpip(this, &addr, port);
    if (err != ERR_OK) AsyncTCP_detail::setPhase(this, static_cast<uint8_t>(previous));
  });
  return err == ERR_OK;
}

#if ASYNCTCP_HAS_IPADDRESS
bool AsyncClient::connect(const IPAddress &ip, uint16_t port) {
  ip_addr_t addr;
#if ASYNCTCP_IDF_MAJOR >= 5
  ip.to_ip_addr_t(&addr);
#else
  IP_ADDR4(&addr, ip[0], ip[1], ip[2], ip[3]);
#endif
  return connect(addr, port);
}
#endif

#if ASYNCTCP_HAS_IPV6ADDRESS && LWIP_IPV6
bool AsyncClient::connect(const IPv6Address &ip, uint16_t port) {
  ip_addr_t addr;
  IP_ADDR6(&addr, 0, 0, 0, 0);
  memcpy(ip_2_ip6(&addr)->addr, static_cast<const uint8_t *>(ip), 16);
  return connect(addr, port);
}
#endif

bool AsyncClient::connect(const char *host, uint16_t port) {
  if (!host || !async_tcp::startAsyncTask()) return false;
  err_t err = ERR_ISCONN;
  runOnTcpip([&] {
    Phase previous = phaseOf(_phase);
    if (AsyncTCP_detail::isActive(this) || previous == Phase::Closing || _pcb) return;
    resetForConnect(_userClosed, _rxAckLen, _rxInFlight);
    auto *request = new (std::nothrow) DnsRequest{this, port};
    if (!request) {
      err = ERR_MEM;
      return;
    }
    _dns = request;
    AsyncTCP_detail::setPhase(this, static_cast<uint8_t>(Phase::Resolving));
    ip_addr_t resolved;
    err = async_tcp::resolveHostOnTcpip(host, &resolved, &AsyncTCP_detail::onHostFound, request);
    if (err == ERR_INPROGRESS) {  // onHostFound() connects or reports -55 later
      err = ERR_OK;
      return;
    }
    _dns = nullptr;
    delete request;
    if (err == ERR_OK) err = AsyncTCP_detail::startConnectOnTcpip(this, &resolved, port);
    if (err != ERR_OK) AsyncTCP_detail::setPhase(this, static_cast<uint8_t>(previous));
  });
  return err == ERR_OK;
}

void AsyncClient::close() {
  if (phaseOf(_phase) == Phase::Idle) return;
  runOnTcpip([&] {
    if (!AsyncTCP_detail::isActive(this) && !_pcb) return;
    _userClosed.store(true);
    AsyncTCP_detail::closePcbOnTcpip(this, false);
    AsyncTCP_detail::queueTerminalOnTcpip(this, AsyncTcpTerminalReason::LocalClose, 0, true);
  });
}

int8_t AsyncClient::abort() {
  int8_t result = ERR_CONN;
  if (phaseOf(_phase) == Phase::Idle) return result;
  runOnTcpip([&] {
    if (!_pcb && !_dns) return;
    _userClosed.store(true);
    AsyncTCP_detail::closePcbOnTcpip(this, true);
    AsyncTCP_detail::queueTerminalOnTcpip(this, AsyncTcpTerminalReason::Error, ERR_ABRT, true);
    result = ERR_ABRT;
  });
  return result;
}

bool AsyncClient::free() { return freeable(); }

bool AsyncClient::freeable() const {
  uint8_t s = state();
  return s == CLOSED || s > ESTABLISHED;
}

uint8_t AsyncClient::state() const { return _tcpState.load(std::memory_order_acquire); }

bool AsyncClient::connecting() const {
  // The phase covers the windows the pcb state cannot: DNS in flight, and the moment between
  // onHostFound() binding a fresh (CLOSED) pcb and tcp_connect() moving it to SYN_SENT.
  uint8_t s = state();
  Phase phase = phaseOf(_phase);
  if (phase == Phase::Resolving) return true;
  if (phase == Phase::Connecting) return s < ESTABLISHED;
  return s > CLOSED && s < ESTABLISHED;
}

bool AsyncClient::connected() const { return state() == ESTABLISHED; }

bool AsyncClient::disconnecting() const {
  uint8_t s = state();
  return s > ESTABLISHED && s < TIME_WAIT;
}

bool AsyncClient::disconnected() const {
  uint8_t s = state();
  return !connecting() && (s == CLOSED || s == TIME_WAIT);
}

size_t AsyncClient::space() const {
  uint8_t s = state();
  return (s == ESTABLISHED || s == CLOSE_WAIT) ? _sndBuf.load(std::memory_order_acquire) : 0;
}

size_t AsyncClient::add(const char *data, size_t size, uint8_t apiflags) {
  if (!data || size == 0 || phaseOf(_phase) == Phase::Idle) return 0;
  size_t queued = 0;
  runOnTcpip([&] {
    tcp_pcb *pcb = _pcb;
    if (!pcb || (pcb->state != ESTABLISHED && pcb->state != CLOSE_WAIT)) return;
    size_t room = tcp_sndbuf(pcb);
    size_t want = size < room ? size : room;
    while (queued < want) {  // tcp_write takes u16 lengths
      size_t chunk = want - queued > 0xFFFFu ? 0xFFFFu : want - queued;
      if (tcp_write(pcb, data + queued, static_cast<u16_t>(chunk), apiflags) != ERR_OK) break;
      queued += chunk;
    }
    AsyncTCP_detail::snapshotOnTcpip(this);
  });
  return queued;
}

bool AsyncClient::send() {
  if (phaseOf(_phase) == Phase::Idle) return false;
  uint32_t previous = _txLastPacket.exchange(sys_now());
  bool ok = false;
  runOnTcpip([&] {
    if (_pcb) ok = tcp_output(_pcb) == ERR_OK;
    AsyncTCP_detail::snapshotOnTcpip(this);
  });
  if (!ok) _txLastPacket.store(previous);
  return ok;
}

size_t AsyncClient::write(const char *data, size_t size, uint8_t apiflags) {
  size_t added = add(data, size, apiflags);
  if (added) send();  // queued bytes go out with the next tcp_output even if this one fails
  return added;
}

size_t AsyncClient::write(const char *data) { return data ? write(data, strlen(data)) : 0; }

uint16_t AsyncClient::getMss() const { return state() == CLOSED ? 0 : _mss.load(std::memory_order_acquire); }

uint32_t AsyncClient::getRxTimeout() const { return _rxTimeout.load(); }
void AsyncClient::setRxTimeout(uint32_t timeout) { _rxTimeout.store(timeout); }
uint32_t AsyncClient::getAckTimeout() const { return _ackTimeout.load(); }
void AsyncClient::setAckTimeout(uint32_t timeout) { _ackTimeout.store(timeout); }

void AsyncClient::setNoDelay(bool nodelay) const {
  _noDelay.store(nodelay);
  if (phaseOf(_phase) == Phase::Idle) return;  // applied when the pcb is created
  runOnTcpip([&] {
    if (!_pcb) return;
    if (nodelay) tcp_nagle_disable(_pcb);
    else tcp_nagle_enable(_pcb);
  });
}

bool AsyncClient::getNoDelay() { return _noDelay.load(); }

void AsyncClient::setKeepAlive(uint32_t ms, uint8_t cnt) {
  if (phaseOf(_phase) == Phase::Idle) return;
  runOnTcpip([&] {
    if (!_pcb) return;
    if (ms == 0) {
      ip_reset_option(_pcb, SOF_KEEPALIVE);
      return;
    }
    ip_set_option(_pcb, SOF_KEEPALIVE);
    _pcb->keep_idle = ms;
#if LWIP_TCP_KEEPALIVE
    _pcb->keep_intvl = ms;
    _pcb->keep_cnt = cnt;
#else
    (void)cnt;
#endif
  });
}

void AsyncClient::onConnect(AcConnectHandler cb, void *arg) { _connectCb = cb, _connectArg = arg; }
void AsyncClient::onDisconnect(AcConnectHandler cb, void *arg) { _discardCb = cb, _discardArg = arg; }
void AsyncClient::onAck(AcAckHandler cb, void *arg) { _sentCb = cb, _sentArg = arg; }
void AsyncClient::onError(AcErrorHandler cb, void *arg) { _errorCb = cb, _errorArg = arg; }
void AsyncClient::onData(AcDataHandler cb, void *arg) { _recvCb = cb, _recvArg = arg; }
void AsyncClient::onPacket(AcPacketHandler cb, void *arg) { _pbCb = cb, _pbArg = arg; }
void AsyncClient::onTimeout(AcTimeoutHandler cb, void *arg) { _timeoutCb = cb, _timeoutArg = arg; }
void AsyncClient::onPoll(AcConnectHandler cb, void *arg) { _pollCb = cb, _pollArg = arg; }

void AsyncClient::ackPacket(struct pbuf *pb) {
  if (!pb) return;
  runOnTcpip([&] {
    if (_pcb) tcp_recved(_pcb, pb->len);
    pbuf_free(pb);
  });
}

size_t AsyncClient::ack(size_t len) {
  size_t acked = 0;
  if (phaseOf(_phase) == Phase::Idle) return 0;
  runOnTcpip([&] {
    uint32_t deferred = _rxAckLen.load();
    acked = len < deferred ? len : deferred;
    _rxAckLen.fetch_sub(static_cast<uint32_t>(acked));
    async_tcp::recvBytesOnTcpip(_pcb, static_cast<uint32_t>(acked));
  });
  return acked;
}

int8_t AsyncClient::_recv(tcp_pcb *pcb, struct pbuf *pb, int8_t err) {
  (void)pcb;
  (void)err;
  if (pb) AsyncTCP_detail::dispatchRecv(this, pb);  // async_tcp task only, as upstream
  return ERR_OK;
}

tcp_pcb *AsyncClient::pcb() {
  tcp_pcb *result = nullptr;
  if (phaseOf(_phase) != Phase::Idle) runOnTcpip([&] { result = _pcb; });
  return result;
}
