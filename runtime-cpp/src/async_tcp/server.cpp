// AsyncServer (any task for the public API; dispatchAccept on the async_tcp task): a listen pcb
// whose accepted connections become AsyncClients (lwip_callbacks.cpp onTcpAccept) handed to onClient.
#include <string.h>

#include "detail.h"
#include "tcpip_call.h"
#include "test_hooks.h"

using async_tcp::runOnTcpip;

AsyncServer::AsyncServer(ip_addr_t addr, uint16_t port) : _port(port) { ip_addr_copy(_addr, addr); }

#if ASYNCTCP_HAS_IPADDRESS
AsyncServer::AsyncServer(IPAddress addr, uint16_t port) : _port(port) {
#if ASYNCTCP_IDF_MAJOR >= 5
  addr.to_ip_addr_t(&_addr);
#else
  IP_ADDR4(&_addr, addr[0], addr[1], addr[2], addr[3]);
#endif
}
#endif

#if ASYNCTCP_HAS_IPV6ADDRESS && LWIP_IPV6
AsyncServer::AsyncServer(IPv6Address addr, uint16_t port) : _port(port) {
  IP_ADDR6(&_addr, 0, 0, 0, 0);
  memcpy(ip_2_ip6(&_addr)->addr, static_cast<const uint8_t *>(addr), 16);
}
#endif

AsyncServer::AsyncServer(uint16_t port) : _port(port) {
#if LWIP_IPV4 && LWIP_IPV6
  ip_addr_t any = IPADDR_ANY_TYPE_INIT;  // v4 and v6
#else
  ip_addr_t any = IPADDR4_INIT(IPADDR_ANY);
#endif
  ip_addr_copy(_addr, any);
}

AsyncServer::~AsyncServer() {
  end();
  async_tcp::waitWhileDispatching(this);  // an onClient of ours may still be running elsewhere
}

void AsyncServer::onClient(AcConnectHandler cb, void *arg) {
  _connectCb = cb;
  _connectArg = arg;
  _acceptEnabled.store(static_cast<bool>(_connectCb));
}

void AsyncServer::begin() {
  if (!async_tcp::startAsyncTask()) {
    _lastError.store(ERR_MEM);
    async_tcp_log_e("cannot start the async_tcp task");
    return;
  }
  runOnTcpip([&] {
    if (_pcb) return;
    tcp_pcb *pcb = tcp_new_ip_type(IP_GET_TYPE(&_addr));
    if (!pcb) {
      _lastError.store(ERR_MEM);
      return;
    }
#if SO_REUSE
    ip_set_option(pcb, SOF_REUSEADDR);  // restart on a port whose old connections are in TIME_WAIT
#endif
    err_t err = tcp_bind(pcb, &_addr, _port);
    tcp_pcb *listening = err == ERR_OK ? tcp_listen_with_backlog_and_err(pcb, _backlog, &err) : nullptr;
    if (!listening) {  // the unlistened pcb is still ours: release it, never leak it
      if (tcp_close(pcb) != ERR_OK) tcp_abort(pcb);
      _lastError.store(err == ERR_OK ? static_cast<int8_t>(ERR_MEM) : static_cast<int8_t>(err));
      return;
    }
    _pcb = listening;
    async_tcp::countPcb(+1);
    tcp_arg(listening, this);
    tcp_accept(listening, &AsyncTCP_detail::onTcpAccept);
    _status.store(LISTEN);
    _lastError.store(ERR_OK);
  });
  int8_t err = _lastError.load();
  if (err != ERR_OK) async_tcp_log_e("listen on port %u failed: %s (%d)", static_cast<unsigned>(_port),
                                     AsyncClient::errorToString(err), static_cast<int>(err));
}

void AsyncServer::end() {
  if (_status.load() == 0) return;  // never listening: no pcb and no queued accepts
  AsyncTcpEvent *taken = nullptr;
  runOnTcpip([&] {
    if (_pcb) {
      tcp_arg(_pcb, nullptr);
      tcp_accept(_pcb, nullptr);
      if (tcp_close(_pcb) != ERR_OK) tcp_abort(_pcb);
      _pcb = nullptr;
      async_tcp::countPcb(-1);
    }
    _status.store(0);
    async_tcp::EventQueueLock lock;
    taken = async_tcp::takeServerAcceptsLocked(this);
  });
  while (taken) {  // accepted but never handed to onClient: ours to close and free
    AsyncTcpEvent *next = taken->next;
    delete taken->client;
    taken = next;
  }
}

void AsyncServer::setNoDelay(bool nodelay) { _noDelay.store(nodelay); }
bool AsyncServer::getNoDelay() const { return _noDelay.load(); }
uint8_t AsyncServer::status() const { return _status.load(); }
int8_t AsyncServer::lastError() const { return _lastError.load(); }
void AsyncServer::setBacklog(uint8_t backlog) { _backlog = backlog ? backlog : 1; }

void AsyncTCP_detail::dispatchAccept(AsyncServer *server, AsyncClient *client) {
  AcConnectHandler cb = server->_connectCb;
  if (!cb) {  // onClient was cleared after the connection was accepted
    delete client;
    return;
  }
  cb(server->_connectArg, client);
}
