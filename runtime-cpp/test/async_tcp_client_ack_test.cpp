// Receive accounting (checklist 6, 7; spec 7.12): a slow reader throttled with ackLater()/ack(),
// ack() clamped to the deferred bytes, acks above 65535 in one call, close() releasing deferred
// bytes (the peer sees FIN, not RST), and onPacket overriding onData with ackPacket().
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("slow reader: ackLater holds the window shut, ack() reopens it; 1 MiB arrives intact") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  Counters k;
  k.keepData = true;
  AsyncClient client;
  watch(&client, k, [](void *, AsyncClient *c, void *, size_t) { c->ackLater(); });
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  REQUIRE(peer >= 0);
  std::string payload = patternBytes(1 << 20, 21);
  std::atomic<bool> sent{false};
  std::thread writer([&] { sent = sendAll(peer, payload.data(), payload.size()); });

  REQUIRE(waitFor([&] { return k.dataBytes.load() > 0; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  size_t stalledAt = k.dataBytes.load();
  CHECK(stalledAt <= 0xFFFFu);  // nothing acked: at most one receive window
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(k.dataBytes.load() == stalledAt);

  CHECK(client.ack(0) == 0);
  size_t acked = client.ack(SIZE_MAX);  // clamped to what was deferred, split into u16 steps
  CHECK(acked == stalledAt);
  size_t total = acked;
  total += client.ack(1);  // 0 or 1: more may have arrived since the window reopened
  while (total < payload.size()) {  // the slow reader: small acks from the main task
    REQUIRE(waitFor([&] { return k.dataBytes.load() > total; }));
    total += client.ack(3000);
  }
  writer.join();
  CHECK(sent.load());
  CHECK(k.dataBytes.load() == payload.size());
  {
    std::lock_guard<std::mutex> lock(k.mutex);
    CHECK(fnv1a(k.received.data(), k.received.size()) == fnv1a(payload.data(), payload.size()));
  }
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  ::close(peer);
  ::close(listenFd);
}

TEST_CASE("close() acks deferred bytes first, so the peer sees FIN rather than RST") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  Counters k;
  AsyncClient client;
  watch(&client, k, [](void *, AsyncClient *c, void *, size_t) { c->ackLater(); });
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  std::string payload = patternBytes(20000, 5);
  REQUIRE(sendAll(peer, payload.data(), payload.size()));
  REQUIRE(waitFor([&] { return k.dataBytes.load() == payload.size(); }));
  client.close();
  char c;
  ssize_t n = ::recv(peer, &c, 1, 0);
  CHECK(n == 0);  // orderly EOF; an RST would be -1/ECONNRESET
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(client.ack(100) == 0);  // reset by close()
  ::close(peer);
  ::close(listenFd);
}

TEST_CASE("onPacket overrides onData; ackPacket acks and frees") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  Counters k;
  AsyncClient client;
  watch(&client, k);
  std::string got;
  std::mutex gotMutex;
  std::atomic<int> packets{0};
  client.onPacket([&](void *, AsyncClient *c, struct pbuf *pb) {
    packets++;
    CHECK(pb->next == nullptr);  // one segment per call
    {
      std::lock_guard<std::mutex> lock(gotMutex);
      got.append(static_cast<const char *>(pb->payload), pb->len);
    }
    c->ackPacket(pb);
  });
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);
  std::string payload = patternBytes(300000, 8);  // needs reopened windows to arrive at all
  REQUIRE(sendAll(peer, payload.data(), payload.size()));
  REQUIRE(waitFor([&] {
    std::lock_guard<std::mutex> lock(gotMutex);
    return got.size() == payload.size();
  }));
  CHECK(k.dataCalls.load() == 0);
  CHECK(packets.load() > 1);
  {
    std::lock_guard<std::mutex> lock(gotMutex);
    CHECK(got == payload);
  }
  client.ackPacket(nullptr);
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  ::close(peer);
  ::close(listenFd);
}
