// slirp netif under load: 64 clients echo 256 KiB each at once while 16 others reset their
// connections mid-transfer; every intact client gets its bytes back, every guest connection ends,
// and the link still carries 1 MiB intact afterwards (ASan/TSan runs check the hand-off).
#include <doctest/doctest.h>

#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

void resetMidTransfer(uint16_t hostPort, uint32_t seed) {
  int fd = connectTo(AF_INET, "127.0.0.1", hostPort);
  if (fd < 0) return;
  std::vector<uint8_t> data = patternBytes(64 * 1024, seed);
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n = send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
    if (n <= 0) break;
    off += static_cast<size_t>(n);
  }
  struct linger hard{1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
  close(fd);  // RST with data in flight both ways
}

}  // namespace

TEST_CASE("concurrent echoes and resets: nothing corrupted, every connection ends") {
  REQUIRE(tsesp_host_net_start() == 0);
  auto *server = new EchoServer();  // lives on the tcpip thread until exit
  runOnTcpip([server] { server->listen(7); });
  int hostPort = tsesp_host_net_forward(0, 7);
  REQUIRE(hostPort > 0);

  std::atomic<int> intact{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 64; i++) {
    clients.emplace_back([hostPort, i, &intact] {
      int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
      if (fd < 0) return;
      std::vector<uint8_t> data = patternBytes(256 * 1024, 500 + static_cast<uint32_t>(i));
      if (echoThrough(fd, data) == data) intact++;
      close(fd);
    });
  }
  for (int i = 0; i < 16; i++) {
    clients.emplace_back([hostPort, i] { resetMidTransfer(static_cast<uint16_t>(hostPort), 900 + static_cast<uint32_t>(i)); });
  }
  for (auto &t : clients) t.join();
  CHECK(intact.load() == 64);

  for (int i = 0; i < 1000 && server->closed.load() < server->accepted.load(); i++) usleep(10 * 1000);
  CHECK(server->accepted.load() >= 64);
  CHECK(server->closed.load() == server->accepted.load());

  int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
  REQUIRE(fd >= 0);
  std::vector<uint8_t> data = patternBytes(1 << 20, 4242);
  std::vector<uint8_t> back = echoThrough(fd, data);
  REQUIRE(back.size() == data.size());
  CHECK(checksum(back.data(), back.size()) == checksum(data.data(), data.size()));
  close(fd);
}
