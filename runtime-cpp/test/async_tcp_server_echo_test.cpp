// AsyncServer echo against a real client on 127.0.0.1 (slirp forwarding): sizes from 1 byte to
// 4 MiB, checksummed; every user callback on the async_tcp task; heap objects and pcbs back to
// their baseline afterwards.
#include <malloc.h>

#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("echo 1 byte to 4 MiB through AsyncServer with checksums") {
  uint16_t hostPort = forwardToGuest(7001);
  EchoServer echo(7001);
  REQUIRE(echo.server().status() == 1);
  REQUIRE(echo.server().lastError() == ERR_OK);
  uint32_t pcbsBefore = async_tcp_test::lwipActivePcbs();

  const size_t sizes[] = {1, 2, 100, 1460, 1461, 65535, 65536, 65537, 300000, 1 << 20, 4 << 20};
  uint32_t seed = 1;
  for (size_t size : sizes) {
    CAPTURE(size);
    int fd = connectLoopback(hostPort);
    std::string payload = patternBytes(size, seed++);
    std::string back = echoThrough(fd, payload);
    CHECK(fnv1a(back.data(), back.size()) == fnv1a(payload.data(), payload.size()));
    ::close(fd);
  }
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  CHECK(echo.accepted.load() == 11);
  CHECK(echo.disconnects.load() == 11);
  CHECK(echo.offTask.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(waitFor([&] { return async_tcp_test::lwipActivePcbs() <= pcbsBefore; }));
  CHECK(async_tcp_test::ownedPcbs() == 1);  // the listen pcb
}

TEST_CASE("10,000 connect/echo/close cycles keep clients, events, pcbs and heap at baseline") {
  uint16_t hostPort = forwardToGuest(7002);
  EchoServer echo(7002);
  REQUIRE(echo.server().status() == 1);
  for (int i = 0; i < 20; ++i) {  // warm up: task, queue, slirp state exist from here on
    int fd = connectLoopback(hostPort);
    REQUIRE(echoThrough(fd, "warm") == "warm");
    ::close(fd);
  }
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  uint32_t pcbsBefore = async_tcp_test::lwipActivePcbs();
  size_t heapBefore = mallinfo2().uordblks;  // 0 under ASan: that check is skipped
  const int kCycles = 10000;
  for (int i = 0; i < kCycles; ++i) {
    int fd = connectLoopback(hostPort);
    std::string payload = patternBytes(64 + i, i);
    std::string back = echoThrough(fd, payload);
    REQUIRE(back == payload);
    ::close(fd);
  }
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  CHECK(echo.disconnects.load() == kCycles + 20);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::queuedEvents() == 0);
  CHECK(waitFor([&] { return async_tcp_test::lwipActivePcbs() <= pcbsBefore; }));
  if (heapBefore) {  // a leaked client per cycle would be megabytes; slirp frees its TIME_WAIT state
    CHECK(waitFor([&] { return mallinfo2().uordblks < heapBefore + 256 * 1024; }, 20000));
  }
}
