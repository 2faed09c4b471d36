// AsyncTCP (ts-esp clean-room implementation): the only header sketches include. Public API as
// ESP32Async/AsyncTCP 3.5.0: AsyncClient, AsyncServer, the Ac*Handler callbacks, ASYNC_WRITE_FLAG_*.
// Contexts: lwIP callbacks run on the tcpip thread and only queue events; every user callback runs on
// the one `async_tcp` task; the public methods may be called from any task (they reach lwIP through
// one locked path). Differences from upstream (runtime-cpp/README.md): close(), abort() and remote
// events never call user code synchronously — onError/onDisconnect always run later on the
// async_tcp task, exactly once per connection; the destructor never calls user code.
// Ownership: deleting a client is safe inside any of its callbacks (remaining work is dropped) and
// from any task (the destructor waits out a callback of it already running). A client handed to
// onClient belongs to the callee.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <atomic>
#include <functional>

#include "AsyncTCPLogging.h"
#include "async_tcp/config.h"
#include "async_tcp/event.h"
#include "lwip/ip6_addr.h"
#include "lwip/ip_addr.h"
#include "lwip/pbuf.h"

#if __has_include("esp_idf_version.h")
#include "esp_idf_version.h"
#endif
#ifndef ESP_IDF_VERSION_MAJOR
#define ASYNCTCP_IDF_MAJOR 0
#else
#define ASYNCTCP_IDF_MAJOR ESP_IDF_VERSION_MAJOR
#endif

#if defined(ARDUINO) || __has_include(<IPAddress.h>)
#include <IPAddress.h>
#define ASYNCTCP_HAS_IPADDRESS 1
#if __has_include(<IPv6Address.h>)
#include <IPv6Address.h>
#define ASYNCTCP_HAS_IPV6ADDRESS 1
#endif
#endif

#define ASYNCTCP_FORK_ESP32Async
#define ASYNCTCP_VERSION_MAJOR 3
#define ASYNCTCP_VERSION_MINOR 5
#define ASYNCTCP_VERSION_PATCH 0
#define ASYNCTCP_VERSION_VAL(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))
#define ASYNCTCP_VERSION_NUM \
  ASYNCTCP_VERSION_VAL(ASYNCTCP_VERSION_MAJOR, ASYNCTCP_VERSION_MINOR, ASYNCTCP_VERSION_PATCH)
#define ASYNCTCP_STR_(x) #x
#define ASYNCTCP_STR(x) ASYNCTCP_STR_(x)
#define ASYNCTCP_VERSION \
  ASYNCTCP_STR(ASYNCTCP_VERSION_MAJOR) "." ASYNCTCP_STR(ASYNCTCP_VERSION_MINOR) "." ASYNCTCP_STR(ASYNCTCP_VERSION_PATCH)

#define ASYNC_WRITE_FLAG_COPY 0x01  // copy the data into lwIP buffers (the default)
#define ASYNC_WRITE_FLAG_MORE 0x02  // more data follows: do not set PSH

struct tcp_pcb;
class AsyncClient;
class AsyncServer;
class AsyncTCP_detail;

typedef std::function<void(void *, AsyncClient *)> AcConnectHandler;
typedef std::function<void(void *, AsyncClient *, size_t len, uint32_t time)> AcAckHandler;
typedef std::function<void(void *, AsyncClient *, int8_t error)> AcErrorHandler;
typedef std::function<void(void *, AsyncClient *, void *data, size_t len)> AcDataHandler;
typedef std::function<void(void *, AsyncClient *, struct pbuf *pb)> AcPacketHandler;
typedef std::function<void(void *, AsyncClient *, uint32_t time)> AcTimeoutHandler;

class AsyncClient {
 public:
  AsyncClient(tcp_pcb *pcb = 0);  // with a pcb: adopt an accepted connection (any context)
  ~AsyncClient();                 // closes the pcb, purges every queued event, calls no user code
  AsyncClient(const AsyncClient &) = delete;
  AsyncClient &operator=(const AsyncClient &) = delete;
  AsyncClient(AsyncClient &&) = delete;
  AsyncClient &operator=(AsyncClient &&) = delete;

  bool operator==(const AsyncClient &other) const;
  bool operator!=(const AsyncClient &other) const { return !(*this == other); }

  // Connecting: true = exactly one onDisconnect will follow (after onConnect or onError).
  bool connect(ip_addr_t addr, uint16_t port);
#if ASYNCTCP_HAS_IPADDRESS
  bool connect(const IPAddress &ip, uint16_t port);
#endif
#if ASYNCTCP_HAS_IPV6ADDRESS
  bool connect(const IPv6Address &ip, uint16_t port);
#endif
  bool connect(const char *host, uint16_t port);  // by name; lookup failure -> onError(-55)

  void close();                    // graceful; onDisconnect follows on the async_tcp task
  [[deprecated("use close()")]] void close(bool now) { (void)now; close(); }
  [[deprecated("use close()")]] void stop() { close(); }
  int8_t abort();  // RST; ERR_ABRT if something was aborted (onError(ERR_ABRT) + onDisconnect follow)

  // State (snapshots taken on the tcpip thread; never reads the pcb unlocked).
  bool free();
  bool freeable() const;
  uint8_t state() const;
  bool connecting() const;
  bool connected() const;
  bool disconnecting() const;
  bool disconnected() const;
  const char *stateToString() const;
  static const char *errorToString(int8_t error);

  // Sending.
  bool canSend() const { return space() > 0; }
  size_t space() const;
  size_t add(const char *data, size_t size, uint8_t apiflags = ASYNC_WRITE_FLAG_COPY);
  bool send();
  size_t write(const char *data, size_t size, uint8_t apiflags = ASYNC_WRITE_FLAG_COPY);
  size_t write(const char *data);
  uint16_t getMss() const;

  // Timeouts and options.
  uint32_t getRxTimeout() const;       // seconds, 0 = off
  void setRxTimeout(uint32_t timeout);
  uint32_t getAckTimeout() const;      // ms, 0 = off
  void setAckTimeout(uint32_t timeout);
  void setNoDelay(bool nodelay) const;  // before connect: applied when the pcb is created
  bool getNoDelay();
  void setKeepAlive(uint32_t ms, uint8_t cnt);

  // Addresses (cached at connect/accept time).
  uint32_t getRemoteAddress() const;
  uint16_t getRemotePort() const;
  uint32_t getLocalAddress() const;
  uint16_t getLocalPort() const;
  ip4_addr_t getRemoteAddress4() const;
  ip4_addr_t getLocalAddress4() const;
#if LWIP_IPV6
  ip6_addr_t getRemoteAddress6() const;
  ip6_addr_t getLocalAddress6() const;
#endif
#if ASYNCTCP_HAS_IPADDRESS
  IPAddress remoteIP() const;
  IPAddress localIP() const;
#if LWIP_IPV6
#if ASYNCTCP_HAS_IPV6ADDRESS
  IPv6Address remoteIP6() const;
  IPv6Address localIP6() const;
#else
  IPAddress remoteIP6() const;
  IPAddress localIP6() const;
#endif
#endif
#endif
  uint16_t remotePort() const { return getRemotePort(); }
  uint16_t localPort() const { return getLocalPort(); }

  // Callbacks: each setter replaces the (cb, arg) pair; an empty function disables it.
  void onConnect(AcConnectHandler cb, void *arg = 0);
  void onDisconnect(AcConnectHandler cb, void *arg = 0);
  void onAck(AcAckHandler cb, void *arg = 0);
  void onError(AcErrorHandler cb, void *arg = 0);
  void onData(AcDataHandler cb, void *arg = 0);
  void onPacket(AcPacketHandler cb, void *arg = 0);
  void onTimeout(AcTimeoutHandler cb, void *arg = 0);
  void onPoll(AcConnectHandler cb, void *arg = 0);

  // Receive acknowledgement.
  void ackPacket(struct pbuf *pb);  // acks pb->len and frees pb (any task)
  size_t ack(size_t len);           // acks up to len deferred bytes; returns bytes acked
  void ackLater() { _ackNow = false; }  // inside onData: defer this segment's ack to ack()/close()

  int8_t _recv(tcp_pcb *pcb, struct pbuf *pb, int8_t err);  // upstream compat; frees pb, returns ERR_OK
  tcp_pcb *pcb();  // raw pcb; only meaningful inside tcpip context

 private:
  friend class AsyncTCP_detail;
  friend class AsyncServer;

  // tcpip context only (see tcpip_call.h)
  tcp_pcb *_pcb = nullptr;
  struct DnsRequest *_dns = nullptr;  // pending lookup, cancelled on close/abort/delete
  uint16_t _connectPort = 0;

  // written in tcpip context, read anywhere
  std::atomic<uint8_t> _phase{static_cast<uint8_t>(AsyncTcpPhase::Idle)};
  std::atomic<bool> _userClosed{false};  // close()/abort() ran: deliver no more data/acks/polls
  std::atomic<uint8_t> _tcpState{0};     // lwIP enum tcp_state snapshot
  std::atomic<uint32_t> _sndBuf{0};      // tcp_sndbuf snapshot, bytes
  std::atomic<uint16_t> _mss{0};         // bytes
  mutable std::atomic<bool> _noDelay{false};
  ip_addr_t _remoteIp{};                 // guarded by the event-queue mutex
  ip_addr_t _localIp{};
  uint16_t _remotePort = 0;
  uint16_t _localPort = 0;

  // async_tcp task (and the caller of ack()/close(), which the rules confine to callbacks or quiet times)
  std::atomic<uint32_t> _rxAckLen{0};    // bytes deferred by ackLater(), not yet passed to tcp_recved
  std::atomic<uint32_t> _rxInFlight{0};  // bytes popped by the dispatcher, not yet acked or deferred
  bool _ackNow = true;
  bool *_deletedFlag = nullptr;          // set by the destructor while a dispatch is on the stack
  std::atomic<uint32_t> _rxTimeout{0};   // s
  std::atomic<uint32_t> _ackTimeout{CONFIG_ASYNC_TCP_MAX_ACK_TIME};  // ms
  std::atomic<uint32_t> _rxLastPacket{0};  // ms (sys_now)
  std::atomic<uint32_t> _rxLastAck{0};     // ms
  std::atomic<uint32_t> _txLastPacket{0};  // ms

  // preallocated events (never lost to allocation failure)
  AsyncTcpEvent _connectedEvent;  // Connected, or Accept for a server's client
  AsyncTcpEvent _sentEvent;
  AsyncTcpEvent _pollEvent;
  AsyncTcpEvent _terminalEvent;

  AcConnectHandler _connectCb;
  void *_connectArg = nullptr;
  AcConnectHandler _discardCb;
  void *_discardArg = nullptr;
  AcAckHandler _sentCb;
  void *_sentArg = nullptr;
  AcErrorHandler _errorCb;
  void *_errorArg = nullptr;
  AcDataHandler _recvCb;
  void *_recvArg = nullptr;
  AcPacketHandler _pbCb;
  void *_pbArg = nullptr;
  AcTimeoutHandler _timeoutCb;
  void *_timeoutArg = nullptr;
  AcConnectHandler _pollCb;
  void *_pollArg = nullptr;
};

class AsyncServer {
 public:
  AsyncServer(ip_addr_t addr, uint16_t port);
#if ASYNCTCP_HAS_IPADDRESS
  AsyncServer(IPAddress addr, uint16_t port);
#endif
#if ASYNCTCP_HAS_IPV6ADDRESS
  AsyncServer(IPv6Address addr, uint16_t port);
#endif
  AsyncServer(uint16_t port);  // any address (v4 and v6 on dual-stack builds)
  ~AsyncServer();              // end()
  AsyncServer(const AsyncServer &) = delete;
  AsyncServer &operator=(const AsyncServer &) = delete;

  void onClient(AcConnectHandler cb, void *arg);
  void begin();     // no-op if listening; on failure status() stays 0 and lastError() says why
  void end();       // stops listening; connections not yet handed to onClient are aborted
  void setNoDelay(bool nodelay);
  bool getNoDelay() const;
  uint8_t status() const;  // 1 (LISTEN) while listening, else 0

  // ts-esp additions
  int8_t lastError() const;            // ERR_OK, or why the last begin() failed (ERR_USE, ERR_MEM...)
  void setBacklog(uint8_t backlog);    // before begin(); default TSESP_ASYNC_TCP_LISTEN_BACKLOG

 private:
  friend class AsyncTCP_detail;

  ip_addr_t _addr{};
  uint16_t _port = 0;
  uint8_t _backlog = TSESP_ASYNC_TCP_LISTEN_BACKLOG;
  tcp_pcb *_pcb = nullptr;                // tcpip context only
  std::atomic<uint8_t> _status{0};
  std::atomic<int8_t> _lastError{0};
  std::atomic<bool> _noDelay{false};
  std::atomic<bool> _acceptEnabled{false};  // onClient set: accept connections
  AcConnectHandler _connectCb;
  void *_connectArg = nullptr;
};
