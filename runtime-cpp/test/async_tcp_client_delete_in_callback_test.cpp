// Safe deletion (spec 7.1, 7.2, checklist 19): delete inside onDisconnect, onData, onError and
// onConnect; close() and abort() inside onData with more data queued behind. Each must end with
// no crash (ASan/TSan variants), no callback after onDisconnect and no leaked client or pcb.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

enum class Action { DeleteInData, CloseInData, AbortInData, DeleteInConnect, CloseThenDeleteInData };

struct Outcome {
  std::atomic<int> dataCalls{0}, disconnects{0}, errors{0}, connects{0}, lastError{0};
  std::atomic<bool> gone{false};
};

// The firmware connects to a PC peer that sends a burst of data in several segments.
void runScenario(Action action, Outcome &out) {
  uint16_t port;
  int listenFd = listenLoopback(&port);
  auto *client = new AsyncClient();
  client->onConnect([&out, action](void *, AsyncClient *c) {
    out.connects++;
    if (action == Action::DeleteInConnect) {
      delete c;
      out.gone = true;
    }
  });
  client->onData([&out, action](void *, AsyncClient *c, void *, size_t) {
    out.dataCalls++;
    switch (action) {
      case Action::DeleteInData: delete c; out.gone = true; break;
      case Action::CloseInData: c->close(); break;
      case Action::AbortInData: CHECK(c->abort() == ERR_ABRT); break;
      case Action::CloseThenDeleteInData: c->close(); delete c; out.gone = true; break;
      case Action::DeleteInConnect: break;
    }
  });
  client->onError([&out](void *, AsyncClient *, int8_t err) { out.errors++; out.lastError = err; });
  client->onDisconnect([&out](void *, AsyncClient *c) {
    out.disconnects++;
    delete c;  // the documented place to delete
    out.gone = true;
  });
  REQUIRE(client->connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  REQUIRE(peer >= 0);
  std::string burst = patternBytes(200000, 7);  // many segments, likely several queued events
  sendAll(peer, burst.data(), burst.size());
  REQUIRE(waitFor([&] { return out.gone.load(); }));
  CHECK(peerClosed(peer));
  ::close(peer);
  ::close(listenFd);
}

}  // namespace

TEST_CASE("delete inside onData drops the rest silently") {
  startNetwork();
  Outcome out;
  runScenario(Action::DeleteInData, out);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(out.dataCalls.load() == 1);
  CHECK(out.disconnects.load() == 0);  // the destructor never calls user code
  CHECK(out.errors.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}

TEST_CASE("close inside onData: no more data, then one onDisconnect on the async task") {
  startNetwork();
  Outcome out;
  runScenario(Action::CloseInData, out);
  CHECK(out.dataCalls.load() == 1);
  CHECK(out.disconnects.load() == 1);
  CHECK(out.errors.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}

TEST_CASE("abort inside onData: onError(ERR_ABRT) then one onDisconnect") {
  startNetwork();
  Outcome out;
  runScenario(Action::AbortInData, out);
  CHECK(out.dataCalls.load() == 1);
  CHECK(out.errors.load() == 1);
  CHECK(out.lastError.load() == ERR_ABRT);
  CHECK(out.disconnects.load() == 1);
  CHECK(async_tcp_test::liveClients() == 0);
}

TEST_CASE("close then delete inside onData (the upstream example's pattern)") {
  startNetwork();
  Outcome out;
  runScenario(Action::CloseThenDeleteInData, out);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(out.dataCalls.load() == 1);
  CHECK(out.disconnects.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}

TEST_CASE("delete inside onConnect") {
  startNetwork();
  Outcome out;
  runScenario(Action::DeleteInConnect, out);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(out.connects.load() == 1);
  CHECK(out.dataCalls.load() == 0);
  CHECK(out.disconnects.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
}

TEST_CASE("close + delete inside onError (upstream's Client example) is safe") {
  startNetwork();
  uint16_t closedPort;
  ::close(listenLoopback(&closedPort));
  std::atomic<int> errors{0}, disconnects{0};
  auto *client = new AsyncClient();
  client->onError([&](void *, AsyncClient *c, int8_t) {
    errors++;
    c->close();
    delete c;
  });
  client->onDisconnect([&](void *, AsyncClient *) { disconnects++; });
  REQUIRE(client->connect(pcAddress(), closedPort));
  REQUIRE(waitFor([&] { return errors.load() == 1; }, 30000));
  CHECK(waitFor([] { return async_tcp_test::liveClients() == 0; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(disconnects.load() == 0);
}
