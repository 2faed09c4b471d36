// lwIP TCP pcb accounting on the PC port: pcbs in use are counted, a device-like cap
// (CONFIG_LWIP_MAX_ACTIVE_TCP) makes tcp_new fail as an exhausted pool does, and served
// connections give their pcbs back.
#include <doctest/doctest.h>

#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

TEST_CASE("with a cap of 4, the fifth tcp_new fails; freeing makes room again") {
  REQUIRE(tsesp_host_net_start() == 0);
  int baseline = tsesp_host_lwip_tcp_pcbs_in_use();
  tsesp_host_lwip_set_max_tcp_pcbs(baseline + 4);
  int created = 0, inUseAtCap = 0;
  bool fifthFailed = false, roomAgain = false;
  runOnTcpip([&] {
    std::vector<struct tcp_pcb *> pcbs;
    for (int i = 0; i < 4; i++) {
      struct tcp_pcb *pcb = tcp_new();
      if (pcb) pcbs.push_back(pcb);
    }
    created = static_cast<int>(pcbs.size());
    inUseAtCap = tsesp_host_lwip_tcp_pcbs_in_use();
    fifthFailed = tcp_new() == nullptr;
    tcp_abort(pcbs.back());
    pcbs.pop_back();
    struct tcp_pcb *again = tcp_new();
    roomAgain = again != nullptr;
    if (again) pcbs.push_back(again);
    for (struct tcp_pcb *pcb : pcbs) tcp_abort(pcb);
  });
  tsesp_host_lwip_set_max_tcp_pcbs(0);
  CHECK(created == 4);
  CHECK(inUseAtCap == baseline + 4);
  CHECK(fifthFailed);
  CHECK(roomAgain);
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == baseline);
}

TEST_CASE("connections served and closed by the client return every pcb") {
  REQUIRE(tsesp_host_net_start() == 0);
  auto *server = new EchoServer();  // lives on the tcpip thread until exit
  runOnTcpip([server] { server->listen(7); });
  int hostPort = tsesp_host_net_forward(0, 7);
  REQUIRE(hostPort > 0);
  int baseline = tsesp_host_lwip_tcp_pcbs_in_use();
  for (int i = 0; i < 20; i++) {
    int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
    REQUIRE(fd >= 0);
    std::vector<uint8_t> data = patternBytes(4096, static_cast<uint32_t>(i));
    CHECK(echoThrough(fd, data) == data);
    shutdown(fd, SHUT_WR);
    CHECK(waitForEof(fd, 10000));
    close(fd);
  }
  for (int i = 0; i < 500 && tsesp_host_lwip_tcp_pcbs_in_use() > baseline; i++) usleep(10 * 1000);
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == baseline);
  CHECK(server->accepted.load() == 20);
  CHECK(server->closed.load() == 20);
}
