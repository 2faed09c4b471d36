// WiFi loss while a connect is in progress (checklist 22): the firmware's SYN is held unanswered
// (the PC listener's accept queue is full, so slirp's own connect to it waits), then the link
// drops. A client closed during the outage ends with exactly one onDisconnect and no pcb left; a
// client left alone completes its connect once the link is back and the listener has room.
#include <WiFi.h>

#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

struct FullListener {  // a PC listener whose accept queue is full: new SYNs to it are dropped
  FullListener() {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    REQUIRE(listen(fd, 0) == 0);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    port = ntohs(addr.sin_port);
    for (int i = 0; i < 2; ++i) {  // backlog 0 still queues one; these fill it
      int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
      ::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
      fillers.push_back(c);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ~FullListener() {
    for (int c : fillers) ::close(c);
    for (int c : accepted) ::close(c);
    ::close(fd);
  }
  void drain() {  // accept everything queued, so that retransmitted SYNs get through
    for (;;) {
      int c = acceptWithTimeout(fd, 50);
      if (c < 0) break;
      accepted.push_back(c);
    }
  }
  int fd = -1;
  uint16_t port = 0;
  std::vector<int> fillers, accepted;
};

}  // namespace

TEST_CASE("link lost while connecting: close during the outage is clean; a waiting connect completes after") {
  startNetwork();
  REQUIRE(WiFi.begin("ssid", "password") == WL_CONNECTED);
  FullListener pc;
  uint32_t pcbs = async_tcp_test::lwipPcbs();
  Counters closedK, waitingK;
  AsyncClient closed, waiting;
  watch(&closed, closedK);
  watch(&waiting, waitingK);
  REQUIRE(closed.connect(pcAddress(), pc.port));
  REQUIRE(waiting.connect(pcAddress(), pc.port));
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK(closed.connecting());  // SYN_SENT: nothing answers yet
  CHECK(waiting.connecting());
  CHECK(closedK.connects.load() + waitingK.connects.load() == 0);

  WiFi.disconnect();
  REQUIRE(waitFor([&] { return WiFi.status() != WL_CONNECTED; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  closed.close();  // the user gives up during the outage
  REQUIRE(waitFor([&] { return closedK.disconnects.load() == 1; }));
  CHECK(closedK.connects.load() == 0);
  CHECK(async_tcp_test::lwipPcbs() == pcbs + 1);  // only the waiting client's pcb is left
  CHECK(waiting.connecting());

  REQUIRE(WiFi.begin("ssid", "password") == WL_CONNECTED);
  pc.drain();
  REQUIRE(waitFor([&] {
    pc.drain();
    return waitingK.connects.load() == 1;
  }, 20000));  // the SYN retransmissions get through now
  CHECK(waiting.connected());
  CHECK(waitingK.errors.load() == 0);
  waiting.close();
  REQUIRE(waitFor([&] { return waitingK.disconnects.load() == 1; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(closedK.disconnects.load() == 1);
  CHECK(waitingK.disconnects.load() == 1);
  CHECK(closedK.offTask.load() + closedK.afterDisconnect.load() == 0);
  CHECK(waitingK.offTask.load() + waitingK.afterDisconnect.load() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}
