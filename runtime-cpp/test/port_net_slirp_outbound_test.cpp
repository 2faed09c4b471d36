// slirp netif, outbound: the guest (a raw-API lwIP client) reaches a server on the PC's loopback
// at 10.0.2.2, by address and by name through the port's resolver (tsesp_port_gethostbyname).
#include <doctest/doctest.h>

#include <string.h>

#include <string>

#include "net/host_net.h"
#include "net/host_resolver.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

// A one-connection-at-a-time echo server on 127.0.0.1 (PC side, POSIX sockets).
struct PcEchoServer {
  int listenFd = -1;
  uint16_t port = 0;
  std::thread thread;

  void start() {
    listenFd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sa;
    REQUIRE(bind(listenFd, reinterpret_cast<struct sockaddr *>(&sa), sizeof sa) == 0);
    REQUIRE(::listen(listenFd, 8) == 0);
    getsockname(listenFd, reinterpret_cast<struct sockaddr *>(&sa), &len);
    port = ntohs(sa.sin_port);
    thread = std::thread([this] {
      for (;;) {
        int fd = accept(listenFd, nullptr, nullptr);
        if (fd < 0) return;
        uint8_t buf[16384];
        for (;;) {
          ssize_t n = recv(fd, buf, sizeof buf, 0);
          if (n <= 0) break;
          if (send(fd, buf, static_cast<size_t>(n), MSG_NOSIGNAL) != n) break;
        }
        close(fd);
      }
    });
  }
  void stop() {
    shutdown(listenFd, SHUT_RDWR);
    close(listenFd);
    thread.join();
  }
};

// A guest-side client; every field but the result is touched on the tcpip thread only.
struct GuestClient {
  struct tcp_pcb *pcb = nullptr;
  std::vector<uint8_t> toSend;
  size_t sent = 0;
  std::vector<uint8_t> received;
  std::mutex mutex;
  std::condition_variable cv;
  bool finished = false;  // guarded by mutex
  err_t error = ERR_OK;

  void finish(err_t err) {
    std::lock_guard<std::mutex> lock(mutex);
    error = err;
    finished = true;
    cv.notify_all();
  }

  static void pump(GuestClient *c) {
    while (c->sent < c->toSend.size()) {
      size_t n = std::min<size_t>({c->toSend.size() - c->sent, tcp_sndbuf(c->pcb), 8192});
      if (n == 0 || tcp_write(c->pcb, c->toSend.data() + c->sent, static_cast<u16_t>(n), TCP_WRITE_FLAG_COPY) != ERR_OK) break;
      c->sent += n;
    }
    tcp_output(c->pcb);
  }

  // tcpip thread.
  void connectOnTcpip(const ip_addr_t *addr, uint16_t port) {
    pcb = tcp_new_ip_type(IP_GET_TYPE(addr));
    tcp_arg(pcb, this);
    tcp_recv(pcb, [](void *arg, struct tcp_pcb *tpcb, struct pbuf *p, err_t) -> err_t {
      auto *c = static_cast<GuestClient *>(arg);
      if (!p) return ERR_OK;
      for (struct pbuf *q = p; q; q = q->next) {
        auto *bytes = static_cast<uint8_t *>(q->payload);
        c->received.insert(c->received.end(), bytes, bytes + q->len);
      }
      tcp_recved(tpcb, p->tot_len);
      pbuf_free(p);
      if (c->received.size() >= c->toSend.size()) {
        tcp_arg(tpcb, nullptr);
        tcp_recv(tpcb, nullptr);
        tcp_sent(tpcb, nullptr);
        tcp_err(tpcb, nullptr);
        tcp_close(tpcb);
        c->finish(ERR_OK);
      }
      return ERR_OK;
    });
    tcp_sent(pcb, [](void *arg, struct tcp_pcb *, u16_t) -> err_t {
      pump(static_cast<GuestClient *>(arg));
      return ERR_OK;
    });
    tcp_err(pcb, [](void *arg, err_t err) { static_cast<GuestClient *>(arg)->finish(err); });
    err_t rc = tcp_connect(pcb, addr, port, [](void *arg, struct tcp_pcb *, err_t) -> err_t {
      pump(static_cast<GuestClient *>(arg));
      return ERR_OK;
    });
    REQUIRE(rc == ERR_OK);
  }

  bool waitFinished(int seconds) {
    std::unique_lock<std::mutex> lock(mutex);
    return cv.wait_for(lock, std::chrono::seconds(seconds), [&] { return finished; });
  }
};

struct Lookup {
  std::mutex mutex;
  std::condition_variable cv;
  bool done = false;
  bool found = false;
  bool onTcpipThread = false;
  ip_addr_t addr = {};
  std::string name;
};

void lookupFound(const char *name, const ip_addr_t *addr, void *arg) {
  auto *lookup = static_cast<Lookup *>(arg);
  std::lock_guard<std::mutex> lock(lookup->mutex);
  lookup->onTcpipThread = tsesp_host_on_tcpip_thread() != 0;
  lookup->name = name;
  lookup->found = addr != nullptr;
  if (addr) lookup->addr = *addr;
  lookup->done = true;
  lookup->cv.notify_all();
}

// Starts a lookup in tcpip context; returns its immediate result.
err_t startLookup(const char *name, Lookup *lookup) {
  err_t rc = ERR_VAL;
  runOnTcpip([&] { rc = tsesp_port_gethostbyname(name, &lookup->addr, lookupFound, lookup); });
  return rc;
}

bool waitLookup(Lookup *lookup) {
  std::unique_lock<std::mutex> lock(lookup->mutex);
  return lookup->cv.wait_for(lock, std::chrono::seconds(30), [&] { return lookup->done; });
}

}  // namespace

TEST_CASE("the guest reaches a PC server on 127.0.0.1 at 10.0.2.2 and gets 256 KiB echoed") {
  REQUIRE(tsesp_host_net_start() == 0);
  PcEchoServer server;
  server.start();
  GuestClient client;
  client.toSend = patternBytes(256 * 1024, 3);
  ip_addr_t host;
  IP_ADDR4(&host, 10, 0, 2, 2);
  runOnTcpip([&] { client.connectOnTcpip(&host, server.port); });
  REQUIRE(client.waitFinished(60));
  CHECK(client.error == ERR_OK);
  REQUIRE(client.received.size() == client.toSend.size());
  CHECK(checksum(client.received.data(), client.received.size()) == checksum(client.toSend.data(), client.toSend.size()));
  server.stop();
}

TEST_CASE("a connection to a closed PC port is refused with ERR_RST") {
  REQUIRE(tsesp_host_net_start() == 0);
  PcEchoServer server;
  server.start();
  uint16_t closedPort = server.port;
  server.stop();
  GuestClient client;
  client.toSend = patternBytes(10, 1);
  ip_addr_t host;
  IP_ADDR4(&host, 10, 0, 2, 2);
  runOnTcpip([&] { client.connectOnTcpip(&host, closedPort); });
  REQUIRE(client.waitFinished(60));
  CHECK(client.error == ERR_RST);
}

TEST_CASE("an IP literal resolves at once without a callback") {
  REQUIRE(tsesp_host_net_start() == 0);
  Lookup lookup;
  CHECK(startLookup("10.0.2.2", &lookup) == ERR_OK);
  CHECK(ip_addr_cmp(&lookup.addr, IP4_ADDR_ANY) == 0);
  CHECK(ip4_addr_get_u32(ip_2_ip4(&lookup.addr)) == PP_HTONL(LWIP_MAKEU32(10, 0, 2, 2)));
  Lookup empty;
  CHECK(startLookup("", &empty) == ERR_ARG);
  std::string tooLong(300, 'a');
  Lookup longName;
  CHECK(startLookup(tooLong.c_str(), &longName) == ERR_ARG);
}

TEST_CASE("localhost resolves on the tcpip thread to the PC as the guest sees it, and connects") {
  REQUIRE(tsesp_host_net_start() == 0);
  Lookup lookup;
  REQUIRE(startLookup("localhost", &lookup) == ERR_INPROGRESS);
  REQUIRE(waitLookup(&lookup));
  CHECK(lookup.onTcpipThread);
  CHECK(lookup.name == "localhost");
  REQUIRE(lookup.found);
  CHECK(IP_IS_V4(&lookup.addr));
  CHECK(ip4_addr_get_u32(ip_2_ip4(&lookup.addr)) == PP_HTONL(LWIP_MAKEU32(10, 0, 2, 2)));
  PcEchoServer server;
  server.start();
  GuestClient client;
  client.toSend = patternBytes(4096, 9);
  runOnTcpip([&] { client.connectOnTcpip(&lookup.addr, server.port); });
  REQUIRE(client.waitFinished(60));
  CHECK(client.received == client.toSend);
  server.stop();
}

TEST_CASE("a name that does not resolve reports a NULL address") {
  REQUIRE(tsesp_host_net_start() == 0);
  Lookup lookup;
  REQUIRE(startLookup("no-such-host.invalid", &lookup) == ERR_INPROGRESS);
  REQUIRE(waitLookup(&lookup));
  CHECK(lookup.onTcpipThread);
  CHECK_FALSE(lookup.found);
}
