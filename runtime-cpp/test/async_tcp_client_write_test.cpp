// Sending (checklist 3, 4, 5, 9, 12): add()/write() with null data, size 0, partial space and no
// space; space() only while the connection can send; the ack timeout firing repeatedly on a peer
// that stops reading, and setAckTimeout(0) turning it off.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("add/write edge cases, partial space, space 0, ack timeout and its switch") {
  startNetwork();
  uint16_t port;
  int listenFd = listenLoopback(&port);
  int small = 4096;
  setsockopt(listenFd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  Counters k;
  AsyncClient client;
  watch(&client, k);
  client.setAckTimeout(1000);
  client.setNoDelay(true);  // before connect: applied when the pcb is created
  CHECK(client.getNoDelay());
  REQUIRE(client.connect(pcAddress(), port));
  int peer = acceptWithTimeout(listenFd);  // never reads
  REQUIRE(peer >= 0);
  REQUIRE(waitFor([&] { return k.connects.load() == 1; }));

  CHECK(client.add(nullptr, 10) == 0);
  CHECK(client.add("abc", 0) == 0);
  CHECK(client.write(nullptr) == 0);
  CHECK(client.write((const char *)nullptr, 3) == 0);
  size_t room = client.space();
  REQUIRE(room > 0);
  CHECK(client.canSend());

  std::string big = patternBytes(room + 1000, 4);
  CHECK(client.add(big.data(), big.size()) == room);  // only what fits
  CHECK(client.space() == 0);
  CHECK_FALSE(client.canSend());
  CHECK(client.add("x", 1) == 0);
  CHECK(client.send());

  // Fill until the stalled peer's window (and the buffers of slirp and the PC kernel behind it)
  // stop lwIP: then nothing is acked any more.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(40);
  auto lastProgress = std::chrono::steady_clock::now();
  size_t lastAcked = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    size_t n = client.space();
    if (n) client.write(big.data(), std::min(n, big.size()));
    if (k.ackedBytes.load() != lastAcked) {
      lastAcked = k.ackedBytes.load();
      lastProgress = std::chrono::steady_clock::now();
    } else if (std::chrono::steady_clock::now() - lastProgress > std::chrono::milliseconds(1500)) {
      break;
    }
  }
  CHECK(client.space() == 0);
  // Upstream semantics (kept): the timer runs from the last send() that no ack has followed yet.
  CHECK(client.send());
  REQUIRE(waitFor([&] { return k.timeouts.load() >= 2; }, 8000));  // repeats each poll tick
  client.setAckTimeout(0);
  int seen = k.timeouts.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  CHECK(k.timeouts.load() <= seen + 1);  // at most one already queued
  CHECK(k.disconnects.load() == 0);      // the ack timeout never closes
  client.abort();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(k.lastError.load() == ERR_ABRT);
  CHECK(client.space() == 0);
  ::close(peer);
  ::close(listenFd);
}
