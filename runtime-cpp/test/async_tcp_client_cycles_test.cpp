// Many connect/echo/close cycles of the firmware as a client (issue 3: cycles with heap and lwIP
// pcb counts back to their baseline). The PC side closes first, so no TIME_WAIT pcb stays in lwIP.
#include <malloc.h>

#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

// PC peer: echo exactly `bytes`, then close (the firmware sees FIN and closes in turn).
class EchoThenCloseServer {
 public:
  explicit EchoThenCloseServer(size_t bytes) : bytes_(bytes) {
    listenFd_ = listenLoopback(&port);
    thread_ = std::thread([this] { serve(); });
  }
  ~EchoThenCloseServer() {
    stop_ = true;
    thread_.join();
    ::close(listenFd_);
  }
  uint16_t port = 0;

 private:
  void serve() {
    std::string buf(bytes_, '\0');
    while (!stop_) {
      int fd = acceptWithTimeout(listenFd_, 20);
      if (fd < 0) continue;
      if (recvExact(fd, &buf[0], bytes_)) sendAll(fd, buf.data(), bytes_);
      ::close(fd);
    }
  }
  size_t bytes_;
  int listenFd_ = -1;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

size_t heapInUse() { return mallinfo2().uordblks; }  // 0 under ASan: the check is skipped

}  // namespace

TEST_CASE("1000 connect/echo/close cycles leave clients, pcbs, events and heap at baseline") {
  startNetwork();
  const size_t kBytes = 700;
  EchoThenCloseServer pc(kBytes);
  std::string payload = patternBytes(kBytes, 77);
  Counters k;
  auto cycle = [&](AsyncClient &client) {
    int disconnectsBefore = k.disconnects.load();
    size_t bytesBefore = k.dataBytes.load();
    REQUIRE(client.connect(pcAddress(), pc.port));
    REQUIRE(waitFor([&] { return k.connects.load() > disconnectsBefore; }));
    REQUIRE(client.write(payload.data(), payload.size()) == payload.size());
    REQUIRE(waitFor([&] { return k.disconnects.load() == disconnectsBefore + 1; }));
    REQUIRE(k.dataBytes.load() - bytesBefore == kBytes);
  };
  AsyncClient warmup;
  watch(&warmup, k);
  for (int i = 0; i < 20; ++i) cycle(warmup);  // task, queue, slirp sockets all exist now
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  uint32_t pcbs = async_tcp_test::lwipPcbs();
  size_t heap = heapInUse();

  const int kCycles = 1000;
  for (int i = 0; i < kCycles; ++i) {
    if (i % 2) {
      cycle(warmup);  // the same client, reconnected
    } else {
      auto *client = new AsyncClient();  // a fresh client each time, deleted from the main task
      watch(client, k);
      cycle(*client);
      delete client;
    }
  }
  CHECK(k.errors.load() == 0);
  CHECK(k.offTask.load() == 0);
  CHECK(async_tcp_test::liveClients() == 1);
  CHECK(async_tcp_test::ownedPcbs() == 0);
  CHECK(async_tcp_test::queuedEvents() == 0);
  CHECK(waitFor([&] { return async_tcp_test::lwipPcbs() <= pcbs; }));
  if (heap) {  // one leaked client or pcb per cycle would be ~1 MiB; slirp frees its own
    // per-connection state (TIME_WAIT toward the guest) within about 10 s
    CHECK(waitFor([&] { return heapInUse() < heap + 128 * 1024; }, 20000));
  }
}
