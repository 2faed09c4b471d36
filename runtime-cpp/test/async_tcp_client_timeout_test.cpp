// Timers (checklist 12-14): onPoll about every 500 ms, the rx timeout (seconds) closing an idle
// connection with onDisconnect only, and received data refreshing it.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("poll cadence and rx timeout") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  Counters k;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  REQUIRE(waitFor([&] { return k.connects.load() == 1; }));
  int pollsBefore = k.polls.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(2600));
  int polls = k.polls.load() - pollsBefore;
  CHECK(polls >= 3);  // 5 ticks; a loaded machine may coalesce one
  CHECK(polls <= 7);

  REQUIRE(sendAll(peer, "z", 1));  // data refreshes the rx timer before it is armed
  REQUIRE(waitFor([&] { return k.dataBytes.load() == 1; }));
  client.setRxTimeout(2);
  CHECK(client.getRxTimeout() == 2);
  for (int i = 0; i < 5; ++i) {  // traffic every 600 ms keeps it alive past 2 s
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    REQUIRE(sendAll(peer, "z", 1));
  }
  CHECK(k.disconnects.load() == 0);
  auto idleSince = std::chrono::steady_clock::now();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }, 6000));
  auto idle = std::chrono::steady_clock::now() - idleSince;
  CHECK(idle >= std::chrono::milliseconds(1500));
  CHECK(k.errors.load() == 0);
  CHECK(k.timeouts.load() == 0);
  CHECK(peerClosed(peer));
  ::close(peer);
  ::close(listenFd);
}
