// Timer rules (checklist 10, 11, 14): a poll tick on which onTimeout fires calls no onPoll; the ack
// timer starts afresh when the same client connects again; any ack (with or without an onAck
// handler) refreshes both the ack timer and the rx timeout.
// send() with nothing queued starts the ack timer without anything the peer could ack: that is how
// these tests hold the timer expired for as long as they like.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

struct Connection {  // one accepted PC-side peer of a firmware client
  int listenFd = -1, peer = -1;
  ~Connection() {
    if (peer >= 0) ::close(peer);
    if (listenFd >= 0) ::close(listenFd);
  }
};

void connectClient(AsyncClient &client, Counters &k, Connection &conn, int connectsBefore = 0) {
  uint16_t port;
  if (conn.listenFd < 0) conn.listenFd = listenLoopback(&port);
  sockaddr_in addr{};
  socklen_t len = sizeof addr;
  getsockname(conn.listenFd, reinterpret_cast<sockaddr *>(&addr), &len);
  port = ntohs(addr.sin_port);
  REQUIRE(client.connect(pcAddress(), port));
  conn.peer = acceptWithTimeout(conn.listenFd);
  REQUIRE(conn.peer >= 0);
  REQUIRE(waitFor([&] { return k.connects.load() == connectsBefore + 1; }));
}

}  // namespace

TEST_CASE("no onPoll on a tick where onTimeout fired; polls resume once an ack arrives") {
  startNetwork();
  Counters k;
  AsyncClient client;
  watch(&client, k);
  std::mutex orderMutex;
  std::string order;  // one letter per poll tick: P = onPoll, T = onTimeout
  std::atomic<uint32_t> shortestElapsed{~0u};
  client.onPoll([&](void *, AsyncClient *) {
    k.note();
    k.polls++;
    std::lock_guard<std::mutex> lock(orderMutex);
    order += 'P';
  });
  client.onTimeout([&](void *, AsyncClient *, uint32_t elapsed) {
    k.note();
    k.timeouts++;
    if (elapsed < shortestElapsed.load()) shortestElapsed = elapsed;
    std::lock_guard<std::mutex> lock(orderMutex);
    order += 'T';
  });
  client.setAckTimeout(600);
  Connection conn;
  connectClient(client, k, conn);
  REQUIRE(waitFor([&] { return k.polls.load() >= 1; }));
  REQUIRE(client.send());  // nothing to ack follows
  REQUIRE(waitFor([&] { return k.timeouts.load() >= 3; }, 6000));
  REQUIRE(client.write("a", 1) == 1);  // acked at once by the PC's stack
  REQUIRE(waitFor([&] { return k.ackedBytes.load() == 1; }));
  size_t ackedAt;
  {
    std::lock_guard<std::mutex> lock(orderMutex);
    ackedAt = order.size();
  }
  int pollsAfterAck = k.polls.load();
  REQUIRE(waitFor([&] { return k.polls.load() >= pollsAfterAck + 2; }, 4000));
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));

  std::lock_guard<std::mutex> lock(orderMutex);
  INFO("ticks: " << order);
  size_t firstTimeout = order.find('T'), lastTimeout = order.rfind('T');
  REQUIRE(firstTimeout != std::string::npos);
  CHECK(lastTimeout - firstTimeout + 1 >= 3);
  CHECK(order.find('P', firstTimeout) > lastTimeout);  // every tick while expired: T, never P
  CHECK(lastTimeout < ackedAt);                         // and no T once the ack has arrived
  CHECK(order.size() - ackedAt >= 2);
  CHECK(shortestElapsed.load() >= 600);
  CHECK(k.offTask.load() == 0);
  CHECK(k.afterDisconnect.load() == 0);
}

TEST_CASE("a client that reconnects starts with a fresh ack timer (no immediate onTimeout)") {
  startNetwork();
  Counters first;
  AsyncClient client;
  watch(&client, first);
  client.setAckTimeout(400);
  Connection one;
  connectClient(client, first, one);
  REQUIRE(client.send());  // left unacknowledged: the timer of this connection expires
  REQUIRE(waitFor([&] { return first.timeouts.load() >= 1; }, 4000));
  client.close();
  REQUIRE(waitFor([&] { return first.disconnects.load() == 1; }));

  Counters second;  // callbacks may be replaced after onDisconnect
  watch(&client, second);
  Connection two;
  connectClient(client, second, two);
  REQUIRE(waitFor([&] { return second.polls.load() >= 3; }, 5000));  // >= 1 s of ticks
  CHECK(second.timeouts.load() == 0);  // the old send() no longer counts
  REQUIRE(client.send());              // the timer still works for the new connection
  REQUIRE(waitFor([&] { return second.timeouts.load() >= 1; }, 4000));
  client.close();
  REQUIRE(waitFor([&] { return second.disconnects.load() == 1; }));
  CHECK(second.errors.load() == 0);
  CHECK(first.afterDisconnect.load() + second.afterDisconnect.load() == 0);
}

TEST_CASE("acks refresh the rx timeout and the ack timer, also without an onAck handler") {
  startNetwork();
  Counters k;
  AsyncClient client;
  watch(&client, k);
  client.onAck(nullptr);
  client.setAckTimeout(1000);
  Connection conn;
  connectClient(client, k, conn);
  client.setRxTimeout(2);
  for (int i = 0; i < 6; ++i) {  // the peer never sends; our data is acked every 600 ms for 3.6 s
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    REQUIRE(k.disconnects.load() == 0);  // not closed by the rx timeout
    REQUIRE(client.write("a", 1) == 1);
  }
  CHECK(k.disconnects.load() == 0);
  CHECK(k.timeouts.load() == 0);
  char got[6];
  REQUIRE(recvExact(conn.peer, got, sizeof got));
  auto idleSince = std::chrono::steady_clock::now();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }, 6000));
  CHECK(std::chrono::steady_clock::now() - idleSince >= std::chrono::milliseconds(1400));
  CHECK(k.errors.load() == 0);
  CHECK(k.timeouts.load() == 0);
  CHECK(peerClosed(conn.peer));
}
