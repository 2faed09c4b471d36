// TAP netif: inside a network namespace this test creates (unshare on one thread, so the rest of
// the machine never sees the device), the kernel's TCP stack and the guest's lwIP exchange 1 MiB
// both ways over a TAP device: 10.0.3.1 (kernel) <-> 10.0.3.2 (lwIP). Needs root.
#include <doctest/doctest.h>

#include <sched.h>
#include <stdlib.h>

#include <string>

#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

// Runs body on a fresh thread that lives in a new network namespace.
void inNewNetworkNamespace(std::function<void()> body) {
  std::string failure;
  std::thread t([&] {
    if (unshare(CLONE_NEWNET) != 0) {
      failure = "unshare(CLONE_NEWNET) failed (needs root)";
      return;
    }
    body();
  });
  t.join();
  REQUIRE(failure.empty());
}

bool run(const std::string &command) { return system((command + " >/dev/null 2>&1").c_str()) == 0; }

}  // namespace

TEST_CASE("lwIP on a TAP device in a private namespace echoes 1 MiB to the kernel's TCP") {
  inNewNetworkNamespace([] {
    setenv("TSESP_NET", "tap", 1);
    setenv("TSESP_TAP", "tsesp-t0", 1);
    setenv("TSESP_TAP_IP", "10.0.3.2/24", 1);
    REQUIRE(tsesp_host_net_start() == 0);
    REQUIRE(run("ip link set lo up"));
    REQUIRE(run("ip addr add 10.0.3.1/24 dev tsesp-t0"));
    auto *server = new EchoServer();  // lives on the tcpip thread until exit
    runOnTcpip([server] { server->listen(7); });
    int fd = -1;
    for (int attempt = 0; attempt < 50 && fd < 0; attempt++) {
      fd = connectTo(AF_INET, "10.0.3.2", 7);
      if (fd < 0) usleep(100 * 1000);
    }
    REQUIRE(fd >= 0);
    std::vector<uint8_t> data = patternBytes(1 << 20, 77);
    std::vector<uint8_t> back = echoThrough(fd, data);
    REQUIRE(back.size() == data.size());
    CHECK(checksum(back.data(), back.size()) == checksum(data.data(), data.size()));
    shutdown(fd, SHUT_WR);
    CHECK(waitForEof(fd, 10000));
    close(fd);
    CHECK(server->accepted.load() == 1);
  });
}
