// Shared fixture of the AsyncTCP tests: counting callbacks (as lwIP's test_tcp_counters), the
// network (slirp: firmware ports forwarded from 127.0.0.1, the PC's loopback at 10.0.2.2), plain
// POSIX peers on 127.0.0.1, and an echo server built from the public API.
// Context: test code runs on the main thread; the lambdas installed here run on the async_tcp task
// and record anything that breaks the calling-context rules (offTask, afterDisconnect).
#pragma once

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "AsyncTCP.h"
#include "async_tcp/test_hooks.h"
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"
#include "net/host_net.h"

namespace fixture {

inline void startNetwork() {
  static int rc = tsesp_host_net_start();
  REQUIRE(rc == 0);
}

inline uint16_t forwardToGuest(uint16_t guestPort) {
  startNetwork();
  int hostPort = tsesp_host_net_forward(0, guestPort);
  REQUIRE(hostPort > 0);
  return static_cast<uint16_t>(hostPort);
}

inline bool onAsyncTask() {
  const char *name = pcTaskGetName(nullptr);
  return name && strcmp(name, "async_tcp") == 0;
}

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

inline uint64_t fnv1a(const void *data, size_t len, uint64_t hash = 1469598103934665603ull) {
  auto *bytes = static_cast<const uint8_t *>(data);
  for (size_t i = 0; i < len; ++i) hash = (hash ^ bytes[i]) * 1099511628211ull;
  return hash;
}

inline std::string patternBytes(size_t len, uint32_t seed) {
  std::string out(len, '\0');
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < len; ++i) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    out[i] = static_cast<char>(x);
  }
  return out;
}

// Counting callbacks: every count, plus violations of the context and ordering rules.
struct Counters {
  std::atomic<int> connects{0}, disconnects{0}, errors{0}, acks{0}, polls{0}, timeouts{0}, dataCalls{0};
  std::atomic<int> lastError{0};
  std::atomic<size_t> dataBytes{0}, ackedBytes{0};
  std::atomic<int> offTask{0};           // callbacks that ran outside the async_tcp task
  std::atomic<int> afterDisconnect{0};   // callbacks after onDisconnect
  std::mutex mutex;
  std::string received;                  // data, when keepData
  bool keepData = false;

  void note() {
    if (!onAsyncTask()) offTask++;
    if (disconnects.load() > 0) afterDisconnect++;
  }
};

// Installs counting callbacks on `client`. `extraData` runs inside onData after counting.
inline void watch(AsyncClient *client, Counters &k, AcDataHandler extraData = nullptr,
                  AcConnectHandler extraDisconnect = nullptr) {
  client->onConnect([&k](void *, AsyncClient *) { k.note(); k.connects++; });
  client->onError([&k](void *, AsyncClient *, int8_t err) { k.note(); k.lastError = err; k.errors++; });
  client->onAck([&k](void *, AsyncClient *, size_t len, uint32_t) { k.note(); k.acks++; k.ackedBytes += len; });
  client->onPoll([&k](void *, AsyncClient *) { k.note(); k.polls++; });
  client->onTimeout([&k](void *, AsyncClient *, uint32_t) { k.note(); k.timeouts++; });
  client->onData([&k, extraData](void *arg, AsyncClient *c, void *data, size_t len) {
    k.note();
    k.dataCalls++;
    k.dataBytes += len;
    if (k.keepData) {
      std::lock_guard<std::mutex> lock(k.mutex);
      k.received.append(static_cast<const char *>(data), len);
    }
    if (extraData) extraData(arg, c, data, len);
  });
  client->onDisconnect([&k, extraDisconnect](void *arg, AsyncClient *c) {
    k.note();
    k.disconnects++;
    if (extraDisconnect) extraDisconnect(arg, c);
  });
}

// ---- POSIX peers on 127.0.0.1 ----

inline int connectLoopback(uint16_t port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval tv{20, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
  return fd;
}

inline int listenLoopback(uint16_t *port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
  REQUIRE(listen(fd, 128) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
  *port = ntohs(addr.sin_port);
  return fd;
}

inline int acceptWithTimeout(int listenFd, int timeoutMs = 10000) {
  pollfd p{listenFd, POLLIN, 0};
  if (poll(&p, 1, timeoutMs) != 1) return -1;
  int fd = accept(listenFd, nullptr, nullptr);
  timeval tv{20, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

inline bool sendAll(int fd, const void *data, size_t len) {
  auto *p = static_cast<const char *>(data);
  while (len > 0) {
    ssize_t n = ::send(fd, p, len, MSG_NOSIGNAL);
    if (n <= 0) return false;
    p += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

inline bool recvExact(int fd, void *data, size_t len) {
  auto *p = static_cast<char *>(data);
  while (len > 0) {
    ssize_t n = ::recv(fd, p, len, 0);
    if (n <= 0) return false;
    p += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

inline bool peerClosed(int fd, int timeoutMs = 10000) {  // EOF or RST seen
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, timeoutMs) != 1) return false;
  char c;
  return ::recv(fd, &c, 1, 0) <= 0;
}

inline void resetClose(int fd) {  // close with RST
  linger lg{1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  ::close(fd);
}

// Sends `payload` and reads back as many bytes, concurrently (large payloads would deadlock a
// send-then-receive peer once both directions' buffers fill up).
inline std::string echoThrough(int fd, const std::string &payload) {
  std::string back(payload.size(), '\0');
  bool sent = false;
  std::thread writer([&] { sent = sendAll(fd, payload.data(), payload.size()); });
  bool got = recvExact(fd, &back[0], back.size());
  writer.join();
  CHECK(sent);
  CHECK(got);
  return back;
}

// A PC-side echo server on 127.0.0.1 (the firmware reaches it at 10.0.2.2): one thread per peer.
class LoopbackEchoServer {
 public:
  LoopbackEchoServer() {
    listenFd_ = listenLoopback(&port);
    acceptor_ = std::thread([this] { acceptLoop(); });
  }
  ~LoopbackEchoServer() {
    stop_ = true;
    acceptor_.join();
    ::close(listenFd_);
    for (auto &t : peers_) t.join();
  }
  uint16_t port = 0;
  std::atomic<int> accepted{0};

 private:
  void acceptLoop() {
    while (!stop_) {
      pollfd p{listenFd_, POLLIN, 0};
      if (poll(&p, 1, 20) != 1) continue;
      int fd = accept(listenFd_, nullptr, nullptr);
      if (fd < 0) continue;
      accepted++;
      peers_.emplace_back([fd] {
        char buf[16384];
        for (;;) {
          ssize_t n = ::recv(fd, buf, sizeof buf, 0);
          if (n <= 0 || !sendAll(fd, buf, static_cast<size_t>(n))) break;
        }
        ::close(fd);
      });
    }
  }
  int listenFd_ = -1;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  std::vector<std::thread> peers_;
};

inline ip_addr_t pcAddress() {  // the PC's loopback as the firmware sees it through slirp
  ip_addr_t addr;
  IP_ADDR4(&addr, 10, 0, 2, 2);
  return addr;
}

// ---- an echo server written against the public API, as a sketch would ----

struct EchoConnection {  // async_tcp task only
  AsyncClient *client;
  std::string pending;
  size_t deferred = 0;  // bytes whose ack we held back with ackLater()
};

class EchoServer {
 public:
  static constexpr size_t kHoldBackBytes = 64 * 1024;  // above this, stop the sender with ackLater()

  explicit EchoServer(uint16_t guestPort) : server_(guestPort) {
    server_.onClient([this](void *, AsyncClient *c) { adopt(c); }, nullptr);
    server_.begin();
  }
  ~EchoServer() { server_.end(); }

  AsyncServer &server() { return server_; }
  std::atomic<int> accepted{0}, live{0}, disconnects{0}, offTask{0};

 private:
  void adopt(AsyncClient *c) {
    if (!onAsyncTask()) offTask++;
    accepted++;
    live++;
    auto *conn = new EchoConnection{c, {}, 0};
    c->onData([conn](void *, AsyncClient *client, void *data, size_t len) {
      conn->pending.append(static_cast<const char *>(data), len);
      flush(conn);
      if (conn->pending.size() > kHoldBackBytes) {
        client->ackLater();
        conn->deferred += len;
      }
    }, nullptr);
    c->onAck([conn](void *, AsyncClient *, size_t, uint32_t) { flush(conn); }, nullptr);
    c->onDisconnect([this, conn](void *, AsyncClient *client) {
      if (!onAsyncTask()) offTask++;
      delete conn;
      delete client;
      disconnects++;  // after the delete: a test that sees live == 0 may count live clients
      live--;
    }, nullptr);
  }

  static void flush(EchoConnection *conn) {
    while (!conn->pending.empty()) {
      size_t room = conn->client->space();
      if (room == 0) break;
      size_t n = conn->client->add(conn->pending.data(), std::min(room, conn->pending.size()));
      if (n == 0) break;
      conn->pending.erase(0, n);
    }
    conn->client->send();
    if (conn->deferred && conn->pending.size() <= kHoldBackBytes) {
      conn->client->ack(conn->deferred);
      conn->deferred = 0;
    }
  }

  AsyncServer server_;
};

}  // namespace fixture
