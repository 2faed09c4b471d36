// IPv6 (checklist 16): AsyncServer(port) listens on v4 and v6 at once (dual-stack); a firmware
// client connects to the PC over v6 (fec0::2 through slirp is the PC's ::1); the v6 getters.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

int connectLoopback6(uint16_t port) {
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in6 addr{};
  addr.sin6_family = AF_INET6;
  addr.sin6_port = htons(port);
  addr.sin6_addr = in6addr_loopback;
  timeval tv{20, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
  return fd;
}

}  // namespace

TEST_CASE("AsyncServer(port) serves IPv4 and IPv6 peers") {
  uint16_t hostPort = forwardToGuest(7701);
  EchoServer echo(7701);
  REQUIRE(echo.server().status() == 1);
  int v4 = connectLoopback(hostPort);
  CHECK(echoThrough(v4, "over v4") == "over v4");
  int v6 = connectLoopback6(hostPort);
  CHECK(echoThrough(v6, "over v6") == "over v6");
  ::close(v4);
  ::close(v6);
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  CHECK(echo.accepted.load() == 2);
}

TEST_CASE("a firmware client connects to the PC over IPv6") {
  startNetwork();
  int fd = socket(AF_INET6, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in6 addr{};
  addr.sin6_family = AF_INET6;
  addr.sin6_addr = in6addr_loopback;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
  REQUIRE(listen(fd, 4) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
  uint16_t port = ntohs(addr.sin6_port);

  Counters k;
  k.keepData = true;
  AsyncClient client;
  watch(&client, k);
  ip_addr_t pc6;
  REQUIRE(ipaddr_aton("fec0::2", &pc6));
  REQUIRE(client.connect(pc6, port));
  int peer = acceptWithTimeout(fd);
  REQUIRE(peer >= 0);
  REQUIRE(waitFor([&] { return k.connects.load() == 1; }));
  CHECK(client.getRemoteAddress() == 0);  // not a v4 peer
  ip6_addr_t remote = client.getRemoteAddress6();
  CHECK(ip6_addr_cmp(&remote, ip_2_ip6(&pc6)));
  CHECK(client.getRemotePort() == port);
  CHECK(client.remoteIP().type() == IPv6);
  REQUIRE(sendAll(peer, "v6!", 3));
  REQUIRE(waitFor([&] { return k.dataBytes.load() == 3; }));
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  ::close(peer);
  ::close(fd);
}
