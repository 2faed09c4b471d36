// The device's pool of 16 TCP pcbs (CONFIG_LWIP_MAX_ACTIVE_TCP, imposed on the PC port with
// tsesp_host_lwip_set_max_tcp_pcbs): a 17th connection is refused cleanly and nothing leaks.
// Firmware as client: connect() by IP returns false with no callbacks; by name (the pcb is made
// after the lookup) onError(ERR_MEM) and exactly one onDisconnect. Firmware as server: lwIP drops
// the 17th peer's SYN (no pcb to answer it with), no onClient runs, and the peer's retransmitted
// SYN is served once a slot frees up. Each case ends with every pcb returned.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

constexpr int kDevicePcbs = 16;

struct PcbCap {  // the cap for one test case; lifted again at its end
  PcbCap() {
    REQUIRE(waitFor([] { return tsesp_host_lwip_tcp_pcbs_in_use() == 0; }, 5000));
    tsesp_host_lwip_set_max_tcp_pcbs(kDevicePcbs);
  }
  ~PcbCap() { tsesp_host_lwip_set_max_tcp_pcbs(0); }
};

bool echoes(AsyncClient &client, Counters &k, const char *text) {
  size_t before = k.dataBytes.load();
  size_t len = strlen(text);
  return client.write(text, len) == len && waitFor([&] { return k.dataBytes.load() == before + len; });
}

}  // namespace

TEST_CASE("firmware clients: the 17th connect is refused cleanly, the next one after a close works") {
  startNetwork();
  LoopbackEchoServer pc;
  uint32_t clientsBefore = async_tcp_test::liveClients();
  PcbCap cap;
  Counters k[kDevicePcbs];
  AsyncClient clients[kDevicePcbs];
  for (int i = 0; i < kDevicePcbs; ++i) {
    watch(&clients[i], k[i]);
    REQUIRE(clients[i].connect(pcAddress(), pc.port));
  }
  for (int i = 0; i < kDevicePcbs; ++i) REQUIRE(waitFor([&] { return k[i].connects.load() == 1; }));
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == kDevicePcbs);

  Counters byIp;
  AsyncClient extra;
  watch(&extra, byIp);
  CHECK_FALSE(extra.connect(pcAddress(), pc.port));  // no pcb: refused synchronously
  CHECK_FALSE(extra.connecting());
  Counters byName;
  AsyncClient named;
  watch(&named, byName);
  REQUIRE(named.connect("localhost", pc.port));  // resolves first, then finds no pcb
  REQUIRE(waitFor([&] { return byName.disconnects.load() == 1; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // anything late would show now
  CHECK(byName.errors.load() == 1);
  CHECK(byName.lastError.load() == ERR_MEM);
  CHECK(byName.disconnects.load() == 1);
  CHECK(byName.connects.load() == 0);
  CHECK(byIp.connects.load() + byIp.errors.load() + byIp.disconnects.load() == 0);
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == kDevicePcbs);
  CHECK(async_tcp_test::ownedPcbs() == static_cast<uint32_t>(kDevicePcbs));
  for (int i = 0; i < kDevicePcbs; ++i) CHECK(echoes(clients[i], k[i], "still here"));  // no victim

  clients[0].abort();  // RST: the pcb is free at once (a close would leave it in TIME_WAIT)
  REQUIRE(waitFor([&] { return k[0].disconnects.load() == 1; }));
  REQUIRE(extra.connect(pcAddress(), pc.port));
  REQUIRE(waitFor([&] { return byIp.connects.load() == 1; }));
  CHECK(echoes(extra, byIp, "admitted"));

  extra.abort();
  for (int i = 1; i < kDevicePcbs; ++i) clients[i].abort();
  REQUIRE(waitFor([&] { return byIp.disconnects.load() == 1; }));
  for (int i = 0; i < kDevicePcbs; ++i) {
    REQUIRE(waitFor([&] { return k[i].disconnects.load() == 1; }));
    CHECK(k[i].disconnects.load() == 1);
    CHECK(k[i].offTask.load() + k[i].afterDisconnect.load() == 0);
  }
  CHECK(waitFor([] { return tsesp_host_lwip_tcp_pcbs_in_use() == 0; }));
  CHECK(async_tcp_test::ownedPcbs() == 0);
  CHECK(async_tcp_test::liveClients() == clientsBefore + kDevicePcbs + 2);  // the stack objects
}

TEST_CASE("firmware server: the 17th peer is not admitted while 16 are served, then it is") {
  uint16_t hostPort = forwardToGuest(8162);
  PcbCap cap;
  EchoServer echo(8162);
  int peers[kDevicePcbs];
  for (int i = 0; i < kDevicePcbs; ++i) peers[i] = connectLoopback(hostPort);
  REQUIRE(waitFor([&] { return echo.accepted.load() == kDevicePcbs; }));
  for (int i = 0; i < kDevicePcbs; ++i) CHECK(echoThrough(peers[i], "ping") == "ping");
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == kDevicePcbs);

  int late = connectLoopback(hostPort);  // slirp accepts on the PC side, then SYNs the guest
  REQUIRE(sendAll(late, "late", 4));
  pollfd p{late, POLLIN, 0};
  CHECK(poll(&p, 1, 1500) == 0);  // not served: no reply, no reset
  CHECK(echo.accepted.load() == kDevicePcbs);
  CHECK(tsesp_host_lwip_tcp_pcbs_in_use() == kDevicePcbs);
  for (int i = 0; i < kDevicePcbs; ++i) CHECK(echoThrough(peers[i], "pong") == "pong");  // no victim

  ::close(peers[0]);  // frees one slot once the server has closed its side
  REQUIRE(waitFor([&] { return echo.disconnects.load() == 1; }));
  char back[4];
  REQUIRE(recvExact(late, back, sizeof back));  // the retransmitted SYN is accepted now
  CHECK(std::string(back, 4) == "late");
  CHECK(echo.accepted.load() == kDevicePcbs + 1);

  ::close(late);
  for (int i = 1; i < kDevicePcbs; ++i) ::close(peers[i]);
  REQUIRE(waitFor([&] { return echo.disconnects.load() == kDevicePcbs + 1; }));
  CHECK(echo.live.load() == 0);
  CHECK(echo.offTask.load() == 0);
  CHECK(waitFor([] { return tsesp_host_lwip_tcp_pcbs_in_use() == 0; }));
  CHECK(async_tcp_test::ownedPcbs() == 1);  // only the listening pcb
}
