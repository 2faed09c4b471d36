// slirp netif, inbound: a raw-API echo server on guest port 7 is reached from the PC through a
// forwarded port on 127.0.0.1 (and ::1), with real POSIX sockets; 1 MiB comes back intact.
#include <doctest/doctest.h>

#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

EchoServer &echoServer() {
  static EchoServer *server = [] {
    REQUIRE(tsesp_host_net_start() == 0);
    auto *s = new EchoServer();
    runOnTcpip([s] { s->listen(7); });
    return s;
  }();
  return *server;
}

}  // namespace

TEST_CASE("1 MiB echoed through a forwarded port on 127.0.0.1 arrives intact") {
  EchoServer &server = echoServer();
  int hostPort = tsesp_host_net_forward(0, 7);
  REQUIRE(hostPort > 0);
  int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
  REQUIRE(fd >= 0);
  std::vector<uint8_t> data = patternBytes(1 << 20, 42);
  std::vector<uint8_t> back = echoThrough(fd, data);
  REQUIRE(back.size() == data.size());
  CHECK(checksum(back.data(), back.size()) == checksum(data.data(), data.size()));
  shutdown(fd, SHUT_WR);
  CHECK(waitForEof(fd, 10000));
  close(fd);
  CHECK(server.accepted.load() >= 1);
}

TEST_CASE("eight clients at once each get their own bytes back") {
  echoServer();
  int hostPort = tsesp_host_net_forward(0, 7);
  REQUIRE(hostPort > 0);
  std::vector<std::thread> clients;
  std::atomic<int> intact{0};
  for (int i = 0; i < 8; i++) {
    clients.emplace_back([hostPort, i, &intact] {
      int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
      if (fd < 0) return;
      std::vector<uint8_t> data = patternBytes(128 * 1024, 1000 + static_cast<uint32_t>(i));
      std::vector<uint8_t> back = echoThrough(fd, data);
      if (back == data) intact++;
      close(fd);
    });
  }
  for (auto &t : clients) t.join();
  CHECK(intact.load() == 8);
}

TEST_CASE("the forward also listens on [::1] and reaches the guest over IPv6") {
  echoServer();
  int hostPort = tsesp_host_net_forward(0, 7);
  REQUIRE(hostPort > 0);
  int fd = connectTo(AF_INET6, "::1", static_cast<uint16_t>(hostPort));
  REQUIRE(fd >= 0);
  std::vector<uint8_t> data = patternBytes(64 * 1024, 7);
  CHECK(echoThrough(fd, data) == data);
  close(fd);
}

TEST_CASE("a fixed host port is forwarded as asked, and a taken one is refused") {
  echoServer();
  int picked = tsesp_host_net_forward(0, 7);
  REQUIRE(picked > 0);
  CHECK(tsesp_host_net_forward(static_cast<uint16_t>(picked), 7) == -1);
}
