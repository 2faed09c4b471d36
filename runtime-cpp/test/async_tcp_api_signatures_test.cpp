// Upstream's public API (spec section 1, AsyncTCP 3.5.0) with the exact member signatures, so code
// written for upstream compiles unchanged; plus the call shapes ESPAsyncWebServer and the upstream
// examples use (handlers taking int instead of int8_t, lambdas, free functions).
#include <type_traits>

#include "async_tcp_fixture.h"

#define SAME_SIGNATURE(member, type) static_assert(std::is_same<decltype(member), type>::value, #member)

SAME_SIGNATURE(static_cast<bool (AsyncClient::*)(ip_addr_t, uint16_t)>(&AsyncClient::connect),
               bool (AsyncClient::*)(ip_addr_t, uint16_t));
SAME_SIGNATURE(static_cast<bool (AsyncClient::*)(const IPAddress &, uint16_t)>(&AsyncClient::connect),
               bool (AsyncClient::*)(const IPAddress &, uint16_t));
SAME_SIGNATURE(static_cast<bool (AsyncClient::*)(const char *, uint16_t)>(&AsyncClient::connect),
               bool (AsyncClient::*)(const char *, uint16_t));
SAME_SIGNATURE(static_cast<void (AsyncClient::*)()>(&AsyncClient::close), void (AsyncClient::*)());
SAME_SIGNATURE(&AsyncClient::abort, int8_t (AsyncClient::*)());
SAME_SIGNATURE(&AsyncClient::free, bool (AsyncClient::*)());
SAME_SIGNATURE(&AsyncClient::freeable, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::state, uint8_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::connecting, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::connected, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::disconnecting, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::disconnected, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::stateToString, const char *(AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::errorToString, const char *(*)(int8_t));
SAME_SIGNATURE(&AsyncClient::canSend, bool (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::space, size_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::add, size_t (AsyncClient::*)(const char *, size_t, uint8_t));
SAME_SIGNATURE(&AsyncClient::send, bool (AsyncClient::*)());
SAME_SIGNATURE(static_cast<size_t (AsyncClient::*)(const char *, size_t, uint8_t)>(&AsyncClient::write),
               size_t (AsyncClient::*)(const char *, size_t, uint8_t));
SAME_SIGNATURE(static_cast<size_t (AsyncClient::*)(const char *)>(&AsyncClient::write),
               size_t (AsyncClient::*)(const char *));
SAME_SIGNATURE(&AsyncClient::getMss, uint16_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getRxTimeout, uint32_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::setRxTimeout, void (AsyncClient::*)(uint32_t));
SAME_SIGNATURE(&AsyncClient::getAckTimeout, uint32_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::setAckTimeout, void (AsyncClient::*)(uint32_t));
SAME_SIGNATURE(&AsyncClient::setNoDelay, void (AsyncClient::*)(bool) const);
SAME_SIGNATURE(&AsyncClient::getNoDelay, bool (AsyncClient::*)());
SAME_SIGNATURE(&AsyncClient::setKeepAlive, void (AsyncClient::*)(uint32_t, uint8_t));
SAME_SIGNATURE(&AsyncClient::getRemoteAddress, uint32_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getRemotePort, uint16_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getLocalAddress, uint32_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getLocalPort, uint16_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getRemoteAddress4, ip4_addr_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getLocalAddress4, ip4_addr_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getRemoteAddress6, ip6_addr_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::getLocalAddress6, ip6_addr_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::remoteIP, IPAddress (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::localIP, IPAddress (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::remoteIP6, IPAddress (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::localIP6, IPAddress (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::remotePort, uint16_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::localPort, uint16_t (AsyncClient::*)() const);
SAME_SIGNATURE(&AsyncClient::onConnect, void (AsyncClient::*)(AcConnectHandler, void *));
SAME_SIGNATURE(&AsyncClient::onDisconnect, void (AsyncClient::*)(AcConnectHandler, void *));
SAME_SIGNATURE(&AsyncClient::onAck, void (AsyncClient::*)(AcAckHandler, void *));
SAME_SIGNATURE(&AsyncClient::onError, void (AsyncClient::*)(AcErrorHandler, void *));
SAME_SIGNATURE(&AsyncClient::onData, void (AsyncClient::*)(AcDataHandler, void *));
SAME_SIGNATURE(&AsyncClient::onPacket, void (AsyncClient::*)(AcPacketHandler, void *));
SAME_SIGNATURE(&AsyncClient::onTimeout, void (AsyncClient::*)(AcTimeoutHandler, void *));
SAME_SIGNATURE(&AsyncClient::onPoll, void (AsyncClient::*)(AcConnectHandler, void *));
SAME_SIGNATURE(&AsyncClient::ackPacket, void (AsyncClient::*)(struct pbuf *));
SAME_SIGNATURE(&AsyncClient::ack, size_t (AsyncClient::*)(size_t));
SAME_SIGNATURE(&AsyncClient::ackLater, void (AsyncClient::*)());
SAME_SIGNATURE(&AsyncClient::_recv, int8_t (AsyncClient::*)(tcp_pcb *, struct pbuf *, int8_t));
SAME_SIGNATURE(&AsyncClient::pcb, tcp_pcb *(AsyncClient::*)());
SAME_SIGNATURE(&AsyncServer::onClient, void (AsyncServer::*)(AcConnectHandler, void *));
SAME_SIGNATURE(&AsyncServer::begin, void (AsyncServer::*)());
SAME_SIGNATURE(&AsyncServer::end, void (AsyncServer::*)());
SAME_SIGNATURE(&AsyncServer::setNoDelay, void (AsyncServer::*)(bool));
SAME_SIGNATURE(&AsyncServer::getNoDelay, bool (AsyncServer::*)() const);
SAME_SIGNATURE(&AsyncServer::status, uint8_t (AsyncServer::*)() const);
static_assert(std::is_constructible<AsyncServer, ip_addr_t, uint16_t>::value, "AsyncServer(ip_addr_t, port)");
static_assert(std::is_constructible<AsyncServer, IPAddress, uint16_t>::value, "AsyncServer(IPAddress, port)");
static_assert(std::is_constructible<AsyncServer, uint16_t>::value, "AsyncServer(port)");
static_assert(std::is_constructible<AsyncClient, tcp_pcb *>::value, "AsyncClient(tcp_pcb*)");
static_assert(!std::is_copy_constructible<AsyncClient>::value, "AsyncClient is not copyable");
static_assert(!std::is_move_constructible<AsyncClient>::value, "AsyncClient is not movable");
static_assert(std::is_same<AcErrorHandler, std::function<void(void *, AsyncClient *, int8_t)>>::value, "");
static_assert(std::is_same<AcAckHandler, std::function<void(void *, AsyncClient *, size_t, uint32_t)>>::value, "");
static_assert(std::is_same<AcDataHandler, std::function<void(void *, AsyncClient *, void *, size_t)>>::value, "");
static_assert(std::is_same<AcPacketHandler, std::function<void(void *, AsyncClient *, struct pbuf *)>>::value, "");
static_assert(std::is_same<AcTimeoutHandler, std::function<void(void *, AsyncClient *, uint32_t)>>::value, "");
static_assert(std::is_same<AcConnectHandler, std::function<void(void *, AsyncClient *)>>::value, "");

namespace {
void chargenError(void *, AsyncClient *, int) {}  // upstream's ChargenServer takes int
void onClientFree(void *, AsyncClient *c) { delete c; }
}  // namespace

TEST_CASE("upstream call shapes compile and default arguments match") {
  AsyncClient client;
  client.onError(chargenError);  // int8_t -> int through std::function
  client.onData([](void *, AsyncClient *, void *, size_t) {});  // arg defaults to nullptr
  client.onAck(nullptr);
  CHECK(client.add("x", 1, ASYNC_WRITE_FLAG_COPY | ASYNC_WRITE_FLAG_MORE) == 0);
  AsyncServer server(static_cast<uint16_t>(7900));
  server.onClient(onClientFree, nullptr);
  CHECK(server.status() == 0);
  CHECK(server.lastError() == ERR_OK);
}
