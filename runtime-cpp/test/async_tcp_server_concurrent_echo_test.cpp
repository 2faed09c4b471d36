// 64 concurrent peers against one AsyncServer (checklist 23), each echoing its own checksummed
// payload at the same time; everything torn down and counted afterwards.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("64 concurrent clients echo in parallel") {
  uint16_t hostPort = forwardToGuest(7201);
  EchoServer echo(7201);
  REQUIRE(echo.server().status() == 1);
  const int kPeers = 64;
  // libslirp listens for forwarded ports with a backlog of 1, so a burst of connect() calls
  // overflows the PC kernel's accept queue (RST). Open the 64 connections one after another, then
  // drive all of them at the same time.
  std::vector<int> fds;
  for (int i = 0; i < kPeers; ++i) {
    fds.push_back(connectLoopback(hostPort));
    REQUIRE(waitFor([&] { return echo.accepted.load() == i + 1; }));
  }
  CHECK(echo.live.load() == kPeers);
  std::vector<std::thread> peers;
  std::atomic<int> ok{0};
  for (int i = 0; i < kPeers; ++i) {
    peers.emplace_back([&, i] {
      std::string payload = patternBytes(20000 + 997 * i, 100 + i);
      std::string back = echoThrough(fds[i], payload);
      if (fnv1a(back.data(), back.size()) == fnv1a(payload.data(), payload.size())) ok++;
      ::close(fds[i]);
    });
  }
  for (auto &t : peers) t.join();
  CHECK(ok.load() == kPeers);
  REQUIRE(waitFor([&] { return echo.live.load() == 0; }));
  CHECK(echo.accepted.load() == kPeers);
  CHECK(echo.disconnects.load() == kPeers);
  CHECK(echo.offTask.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
}

TEST_CASE("16 concurrent firmware clients against a PC echo server") {
  startNetwork();
  LoopbackEchoServer pc;
  const int kClients = 16;
  std::vector<Counters> counters(kClients);
  std::vector<AsyncClient *> clients;
  std::vector<std::string> payloads;
  payloads.reserve(kClients);  // the callbacks keep pointers into it
  for (int i = 0; i < kClients; ++i) {
    counters[i].keepData = true;
    payloads.push_back(patternBytes(3000 + i, 300 + i));
    auto *c = new AsyncClient();
    const std::string *payload = &payloads.back();
    watch(c, counters[i]);
    c->onConnect([&counters, i, payload](void *, AsyncClient *cl) {
      counters[i].connects++;
      cl->write(payload->data(), payload->size());
    });
    clients.push_back(c);
  }
  for (int i = 0; i < kClients; ++i) REQUIRE(clients[i]->connect(pcAddress(), pc.port));
  for (int i = 0; i < kClients; ++i) {
    REQUIRE(waitFor([&] { return counters[i].dataBytes.load() == payloads[i].size(); }));
    std::lock_guard<std::mutex> lock(counters[i].mutex);
    CHECK(counters[i].received == payloads[i]);
  }
  for (auto *c : clients) c->close();
  for (int i = 0; i < kClients; ++i) {
    REQUIRE(waitFor([&] { return counters[i].disconnects.load() == 1; }));
    CHECK(counters[i].errors.load() == 0);
    CHECK(counters[i].offTask.load() == 0);
  }
  for (auto *c : clients) delete c;
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}
