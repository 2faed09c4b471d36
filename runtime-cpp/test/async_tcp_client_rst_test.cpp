// Peer resets (checklist 20, 24): an RST that arrives while the connection's events are still
// queued behind a busy async_tcp task, and a storm of connect-send-RST peers. Each connection ends
// with exactly one onDisconnect (after onError when lwIP reports the reset), nothing leaks.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

struct ResetWatch {  // per server: counts over all its connections
  std::atomic<int> accepted{0}, disconnects{0}, errors{0}, afterDisconnect{0}, offTask{0};
  std::atomic<size_t> bytes{0};
  std::atomic<int> resetErrors{0};
};

void adoptCounting(AsyncClient *c, ResetWatch &w) {
  w.accepted++;
  auto *gone = new std::atomic<bool>(false);
  c->onData([&w, gone](void *, AsyncClient *, void *, size_t len) {
    if (gone->load()) w.afterDisconnect++;
    if (!onAsyncTask()) w.offTask++;
    w.bytes += len;
  });
  c->onError([&w, gone](void *, AsyncClient *, int8_t err) {
    if (gone->load()) w.afterDisconnect++;
    w.errors++;
    if (err == ERR_RST || err == ERR_ABRT || err == ERR_CLSD) w.resetErrors++;
  });
  c->onDisconnect([&w, gone](void *, AsyncClient *cl) {
    if (gone->exchange(true)) w.afterDisconnect++;
    delete gone;
    delete cl;
    w.disconnects++;  // after the delete: tests count live clients once they see this
  });
}

}  // namespace

TEST_CASE("RST while events are queued: data, then one onError + onDisconnect") {
  uint16_t hostPort = forwardToGuest(7301);
  AsyncServer server(7301);
  ResetWatch w;
  std::atomic<bool> holding{false}, release{false};
  server.onClient([&](void *, AsyncClient *c) {
    if (!holding.exchange(true)) {  // the first client holds the async task
      while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      c->onDisconnect([](void *, AsyncClient *cl) { delete cl; });
      c->close();
      return;
    }
    adoptCounting(c, w);
  }, nullptr);
  server.begin();
  int blocker = connectLoopback(hostPort);
  REQUIRE(waitFor([&] { return holding.load(); }));
  int victim = connectLoopback(hostPort);
  std::string payload = patternBytes(30000, 3);
  REQUIRE(sendAll(victim, payload.data(), payload.size()));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  resetClose(victim);
  // accept, data and the reset are queued behind the held task
  CHECK(waitFor([] { return async_tcp_test::queuedEvents() >= 3; }, 5000));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  release = true;
  REQUIRE(waitFor([&] { return w.disconnects.load() == 1; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(w.accepted.load() == 1);
  CHECK(w.disconnects.load() == 1);
  CHECK(w.errors.load() == 1);
  CHECK(w.resetErrors.load() == 1);
  CHECK(w.bytes.load() <= payload.size());
  CHECK(w.afterDisconnect.load() == 0);
  ::close(blocker);
  REQUIRE(waitFor([&] { return async_tcp_test::liveClients() == 0; }));
}

TEST_CASE("RST storm: 200 peers connect, send and reset") {
  uint16_t hostPort = forwardToGuest(7302);
  AsyncServer server(7302);
  ResetWatch w;
  server.onClient([&](void *, AsyncClient *c) { adoptCounting(c, w); }, nullptr);
  server.begin();
  const int kPeers = 200;
  std::string payload = patternBytes(4000, 9);
  for (int i = 0; i < kPeers; ++i) {
    int fd = connectLoopback(hostPort);
    REQUIRE(waitFor([&] { return w.accepted.load() == i + 1; }));  // slirp's backlog is 1
    sendAll(fd, payload.data(), static_cast<size_t>(i % 5) * 1000);
    resetClose(fd);
  }
  REQUIRE(waitFor([&] { return w.disconnects.load() == kPeers; }, 30000));
  CHECK(w.afterDisconnect.load() == 0);
  CHECK(w.offTask.load() == 0);
  CHECK(w.errors.load() <= kPeers);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 1);  // the listen pcb
  CHECK(async_tcp_test::queuedEvents() == 0);
}
