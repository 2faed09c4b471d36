// AsyncServer begin/end/status (checklist 15, 17, 18; spec 7.14): begin twice is a no-op, status()
// is 1 while listening and 0 after end(), a failed begin() is observable through lastError(),
// end() with live clients leaves them working, end() aborts accepted-but-undelivered clients.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("begin twice is a no-op; status and lastError; end; begin again") {
  startNetwork();
  AsyncServer server(7101);
  server.onClient([](void *, AsyncClient *c) { delete c; }, nullptr);
  CHECK(server.status() == 0);
  server.begin();
  CHECK(server.status() == 1);
  CHECK(server.lastError() == ERR_OK);
  uint32_t owned = async_tcp_test::ownedPcbs();
  server.begin();
  CHECK(server.status() == 1);
  CHECK(async_tcp_test::ownedPcbs() == owned);
  server.end();
  CHECK(server.status() == 0);
  server.end();
  CHECK(server.status() == 0);
  server.begin();
  CHECK(server.status() == 1);
}

TEST_CASE("begin on a port that is in use fails observably and leaks no pcb") {
  startNetwork();
  AsyncServer first(7102), second(7102);
  first.begin();
  REQUIRE(first.status() == 1);
  uint32_t pcbs = async_tcp_test::lwipPcbs();
  second.begin();
  CHECK(second.status() == 0);
  CHECK(second.lastError() == ERR_USE);
  CHECK(async_tcp_test::lwipPcbs() == pcbs);
  second.end();  // harmless
}

TEST_CASE("onClient runs on the async task with the server's no-delay default applied") {
  uint16_t hostPort = forwardToGuest(7103);
  AsyncServer server(7103);
  server.setNoDelay(true);
  CHECK(server.getNoDelay());
  std::atomic<int> clients{0}, offTask{0}, noDelay{0};
  std::atomic<int> disconnects{0};
  server.onClient([&](void *arg, AsyncClient *c) {
    CHECK(arg == &clients);
    if (!onAsyncTask()) offTask++;
    if (c->getNoDelay()) noDelay++;
    clients++;
    c->onDisconnect([&](void *, AsyncClient *cl) { delete cl; disconnects++; });
    c->close();
  }, &clients);
  server.begin();
  int fd = connectLoopback(hostPort);
  REQUIRE(waitFor([&] { return disconnects.load() == 1; }));
  CHECK(peerClosed(fd));
  ::close(fd);
  CHECK(clients.load() == 1);
  CHECK(noDelay.load() == 1);
  CHECK(offTask.load() == 0);
}

TEST_CASE("end() with live clients: they keep working and still get their onDisconnect") {
  uint16_t hostPort = forwardToGuest(7104);
  auto *echo = new EchoServer(7104);
  const int kPeers = 8;
  std::vector<int> fds;
  for (int i = 0; i < kPeers; ++i) fds.push_back(connectLoopback(hostPort));
  REQUIRE(waitFor([&] { return echo->accepted.load() == kPeers; }));
  echo->server().end();
  CHECK(echo->server().status() == 0);
  for (int i = 0; i < kPeers; ++i) {
    std::string payload = patternBytes(5000, i);
    CHECK(echoThrough(fds[i], payload) == payload);
    ::close(fds[i]);
  }
  REQUIRE(waitFor([&] { return echo->live.load() == 0; }));
  CHECK(echo->disconnects.load() == kPeers);
  delete echo;
  CHECK(async_tcp_test::liveClients() == 0);
}

TEST_CASE("end() while accepts are queued aborts those connections without leaking them") {
  uint16_t hostPort = forwardToGuest(7105);
  AsyncServer server(7105);
  std::atomic<bool> release{false};
  std::atomic<int> delivered{0};
  std::atomic<int> disconnects{0};
  server.onClient([&](void *, AsyncClient *c) {
    delivered++;
    c->onDisconnect([&](void *, AsyncClient *cl) { delete cl; disconnects++; });
    while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));  // hold the task
    c->close();
  }, nullptr);
  server.begin();
  int first = connectLoopback(hostPort);
  REQUIRE(waitFor([&] { return delivered.load() == 1; }));
  std::vector<int> queued;
  for (int i = 0; i < 5; ++i) queued.push_back(connectLoopback(hostPort));
  REQUIRE(waitFor([&] { return async_tcp_test::liveClients() == 6; }));  // accepted, not delivered
  server.end();  // from the main task while the async task is busy
  CHECK(async_tcp_test::liveClients() == 1);
  release = true;
  REQUIRE(waitFor([&] { return disconnects.load() == 1; }));
  for (int fd : queued) {
    CHECK(peerClosed(fd));
    ::close(fd);
  }
  ::close(first);
  CHECK(delivered.load() == 1);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::queuedEvents() == 0);
}
