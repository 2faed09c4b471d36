// Drives examples/cpp-echo-server (plain Arduino + AsyncTCP) on the PC: the sketch itself is
// compiled into this test, its setup() runs once and loop() on a thread, like the host main().
#define ECHO_PORT 7601
#include "../../examples/cpp-echo-server/cpp-echo-server.ino"

#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("the cpp-echo-server example echoes checksummed data for concurrent peers") {
  uint16_t hostPort = forwardToGuest(ECHO_PORT);
  setup();
  REQUIRE(server.status() == 1);
  std::atomic<bool> stop{false};
  std::thread looper([&] {
    while (!stop.load()) loop();
  });
  std::vector<int> fds;
  const int kPeers = 8;
  for (int i = 0; i < kPeers; ++i) {
    fds.push_back(connectLoopback(hostPort));
    REQUIRE(waitFor([&] { return async_tcp_test::liveClients() == uint32_t(i + 1); }));  // backlog 1
  }
  std::vector<std::thread> peers;
  std::atomic<int> ok{0};
  for (int i = 0; i < kPeers; ++i) {
    peers.emplace_back([&, i] {
      std::string payload = patternBytes(size_t(1) << (12 + i), 50 + i);  // 4 KiB .. 512 KiB
      std::string back = echoThrough(fds[i], payload);
      if (fnv1a(back.data(), back.size()) == fnv1a(payload.data(), payload.size())) ok++;
      ::close(fds[i]);
    });
  }
  for (auto &t : peers) t.join();
  CHECK(ok.load() == kPeers);
  CHECK(waitFor([&] { return connectionsServed == kPeers; }));
  stop = true;
  looper.join();
  CHECK(async_tcp_test::liveClients() == 0);
}
