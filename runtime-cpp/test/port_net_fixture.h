// Shared by the port_net_* tests: run code on lwIP's tcpip thread (works with and without core
// locking), a raw-API echo server with flow control, and blocking POSIX socket helpers for the
// PC side. The echo server lives on the tcpip thread; its state is touched only there.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "lwip/tcp.h"
#include "lwip/tcpip.h"

namespace port_test {

// Runs body on the tcpip thread and waits for it.
inline void runOnTcpip(std::function<void()> body) {
  struct Call {
    std::function<void()> body;
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
  } call;
  call.body = std::move(body);
  auto trampoline = [](void *arg) {
    auto *c = static_cast<Call *>(arg);
    c->body();
    std::lock_guard<std::mutex> lock(c->mutex);
    c->done = true;
    c->cv.notify_all();
  };
  while (tcpip_callback(trampoline, &call) != ERR_OK) usleep(1000);
  std::unique_lock<std::mutex> lock(call.mutex);
  call.cv.wait(lock, [&] { return call.done; });
}

struct EchoServer;

// One echo connection (tcpip thread only).
struct EchoConnection {
  EchoServer *server;
  struct tcp_pcb *pcb;
  std::deque<uint8_t> pending;  // received, not yet queued for sending
  bool peerClosed = false;
};

struct EchoServer {
  struct tcp_pcb *listener = nullptr;
  std::atomic<int> accepted{0};
  std::atomic<int> closed{0};
  std::atomic<uint64_t> echoedBytes{0};

  static void flush(EchoServer *server, EchoConnection *c) {
    while (!c->pending.empty()) {
      u16_t room = tcp_sndbuf(c->pcb);
      size_t n = std::min<size_t>({c->pending.size(), room, 4096});
      if (n == 0) break;
      uint8_t chunk[4096];
      std::copy(c->pending.begin(), c->pending.begin() + static_cast<long>(n), chunk);
      if (tcp_write(c->pcb, chunk, static_cast<u16_t>(n), TCP_WRITE_FLAG_COPY) != ERR_OK) break;
      c->pending.erase(c->pending.begin(), c->pending.begin() + static_cast<long>(n));
      tcp_recved(c->pcb, static_cast<u16_t>(n));  // reopen the window only as data moves on
      server->echoedBytes += n;
    }
    tcp_output(c->pcb);
    if (c->peerClosed && c->pending.empty()) {
      tcp_arg(c->pcb, nullptr);
      tcp_recv(c->pcb, nullptr);
      tcp_sent(c->pcb, nullptr);
      tcp_err(c->pcb, nullptr);
      if (tcp_close(c->pcb) != ERR_OK) tcp_abort(c->pcb);
      delete c;
      server->closed++;
    }
  }

  // Must run on the tcpip thread.
  void listen(uint16_t port) {
    struct tcp_pcb *pcb = tcp_new_ip_type(IPADDR_TYPE_ANY);
    REQUIRE(tcp_bind(pcb, IP_ANY_TYPE, port) == ERR_OK);
    listener = tcp_listen(pcb);
    REQUIRE(listener != nullptr);
    tcp_arg(listener, this);
    tcp_accept(listener, [](void *arg, struct tcp_pcb *newpcb, err_t err) -> err_t {
      auto *server = static_cast<EchoServer *>(arg);
      if (err != ERR_OK || !newpcb) return ERR_VAL;
      server->accepted++;
      auto *c = new EchoConnection{server, newpcb, {}, false};
      tcp_arg(newpcb, c);
      tcp_recv(newpcb, [](void *a, struct tcp_pcb *, struct pbuf *p, err_t) -> err_t {
        auto *conn = static_cast<EchoConnection *>(a);
        if (!p) {
          conn->peerClosed = true;
        } else {
          for (struct pbuf *q = p; q; q = q->next) {
            auto *bytes = static_cast<uint8_t *>(q->payload);
            conn->pending.insert(conn->pending.end(), bytes, bytes + q->len);
          }
          pbuf_free(p);
        }
        flush(conn->server, conn);
        return ERR_OK;
      });
      tcp_sent(newpcb, [](void *a, struct tcp_pcb *, u16_t) -> err_t {
        auto *conn = static_cast<EchoConnection *>(a);
        flush(conn->server, conn);
        return ERR_OK;
      });
      tcp_err(newpcb, [](void *a, err_t) {
        auto *conn = static_cast<EchoConnection *>(a);
        conn->server->closed++;
        delete conn;
      });
      return ERR_OK;
    });
  }
};

// A deterministic byte pattern and its checksum (FNV-1a over the bytes).
inline std::vector<uint8_t> patternBytes(size_t size, uint32_t seed) {
  std::vector<uint8_t> bytes(size);
  uint32_t x = seed | 1u;
  for (auto &b : bytes) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    b = static_cast<uint8_t>(x);
  }
  return bytes;
}

inline uint64_t checksum(const uint8_t *data, size_t size) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 1099511628211ull;
  return h;
}

inline int connectTo(int family, const char *address, uint16_t port) {
  int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  int rc;
  if (family == AF_INET) {
    struct sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    inet_pton(AF_INET, address, &sa.sin_addr);
    rc = connect(fd, reinterpret_cast<struct sockaddr *>(&sa), sizeof sa);
  } else {
    struct sockaddr_in6 sa{};
    sa.sin6_family = AF_INET6;
    sa.sin6_port = htons(port);
    inet_pton(AF_INET6, address, &sa.sin6_addr);
    rc = connect(fd, reinterpret_cast<struct sockaddr *>(&sa), sizeof sa);
  }
  if (rc != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Sends `data` on one thread while reading the same amount back on this one; returns what came back
// (shorter on EOF or a 30 s stall).
inline std::vector<uint8_t> echoThrough(int fd, const std::vector<uint8_t> &data) {
  std::thread sender([fd, &data] {
    size_t off = 0;
    while (off < data.size()) {
      ssize_t n = send(fd, data.data() + off, std::min<size_t>(data.size() - off, 16384), MSG_NOSIGNAL);
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
  });
  std::vector<uint8_t> received;
  received.reserve(data.size());
  uint8_t buf[16384];
  while (received.size() < data.size()) {
    struct pollfd pfd{fd, POLLIN, 0};
    if (poll(&pfd, 1, 30000) <= 0) break;
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    received.insert(received.end(), buf, buf + n);
  }
  sender.join();
  return received;
}

// Reads until EOF or `timeoutMs`; true on EOF.
inline bool waitForEof(int fd, int timeoutMs) {
  uint8_t buf[256];
  for (;;) {
    struct pollfd pfd{fd, POLLIN, 0};
    if (poll(&pfd, 1, timeoutMs) <= 0) return false;
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n == 0) return true;
    if (n < 0) return false;
  }
}

}  // namespace port_test
