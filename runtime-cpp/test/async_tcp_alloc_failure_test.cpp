// Allocation failure injected per event kind (checklist 21, spec 7.6, 7.8). Recv and Accept are
// the only kinds that allocate: a failed Recv node makes lwIP redeliver the data (nothing lost), a
// failed Accept aborts that connection (ERR_ABRT, no leak). Connected/Sent/Poll/Terminal use nodes
// preallocated in each client: with their "allocations" failing, teardown is still delivered.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("failed Recv allocations: lwIP redelivers, the echo stays byte-exact") {
  uint16_t hostPort = forwardToGuest(7401);
  EchoServer echo(7401);
  async_tcp_test::resetFaultInjection();
  async_tcp_test::failAllocations(AsyncTcpEventKind::Recv, 20);
  int fd = connectLoopback(hostPort);
  std::string payload = patternBytes(200000, 11);
  std::string back = echoThrough(fd, payload);
  CHECK(back == payload);
  CHECK(async_tcp_test::failedAllocations(AsyncTcpEventKind::Recv) == 20);
  ::close(fd);
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  async_tcp_test::resetFaultInjection();
}

TEST_CASE("failed Accept allocations abort those connections and leak nothing") {
  uint16_t hostPort = forwardToGuest(7402);
  EchoServer echo(7402);
  async_tcp_test::resetFaultInjection();
  uint32_t pcbs = async_tcp_test::lwipActivePcbs();
  async_tcp_test::failAllocations(AsyncTcpEventKind::Accept, 3);
  for (int i = 0; i < 3; ++i) {
    int fd = connectLoopback(hostPort);  // slirp completes the PC side; the guest side is aborted
    CHECK(peerClosed(fd));
    ::close(fd);
  }
  CHECK(async_tcp_test::failedAllocations(AsyncTcpEventKind::Accept) == 3);
  CHECK(echo.accepted.load() == 0);
  int fd = connectLoopback(hostPort);
  CHECK(echoThrough(fd, "still serving") == "still serving");
  ::close(fd);
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(waitFor([&] { return async_tcp_test::lwipActivePcbs() <= pcbs; }));
  async_tcp_test::resetFaultInjection();
}

TEST_CASE("with every preallocated kind failing, connect/ack/poll/teardown still arrive") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  async_tcp_test::resetFaultInjection();
  const AsyncTcpEventKind kinds[] = {AsyncTcpEventKind::Connected, AsyncTcpEventKind::Sent,
                                     AsyncTcpEventKind::Poll, AsyncTcpEventKind::Terminal};
  for (auto kind : kinds) async_tcp_test::failAllocations(kind, 1000000);
  Counters k;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  REQUIRE(peer >= 0);
  REQUIRE(waitFor([&] { return k.connects.load() == 1; }));
  CHECK(client.write("ping") == 4);
  char buf[4];
  CHECK(recvExact(peer, buf, 4));
  REQUIRE(waitFor([&] { return k.ackedBytes.load() == 4; }));
  REQUIRE(waitFor([&] { return k.polls.load() >= 1; }, 3000));
  resetClose(peer);
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(k.errors.load() == 1);
  CHECK(k.lastError.load() == ERR_RST);
  for (auto kind : kinds) CHECK(async_tcp_test::failedAllocations(kind) == 0);  // never allocated
  async_tcp_test::resetFaultInjection();
  ::close(listenFd);
}
