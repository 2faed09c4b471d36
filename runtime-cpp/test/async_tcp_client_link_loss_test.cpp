// WiFi loss (checklist 22): with the link down a connect by IP fails at once (ERR_RTE: no route)
// without leaking its pcb, a connect by name fails after the lookup with onError + onDisconnect,
// and an established connection survives a short outage.
#include <WiFi.h>

#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("connects while the link is down fail cleanly; a live connection rides out an outage") {
  startNetwork();
  REQUIRE(WiFi.begin("ssid", "password") == WL_CONNECTED);
  LoopbackEchoServer pc;
  Counters live;
  live.keepData = true;
  AsyncClient survivor;
  watch(&survivor, live);
  REQUIRE(survivor.connect(pcAddress(), pc.port));
  REQUIRE(waitFor([&] { return live.connects.load() == 1; }));
  uint32_t pcbs = async_tcp_test::lwipPcbs();

  WiFi.disconnect();
  REQUIRE(waitFor([&] { return WiFi.status() != WL_CONNECTED; }));
  Counters byIp;
  AsyncClient a;
  watch(&a, byIp);
  CHECK_FALSE(a.connect(pcAddress(), pc.port));
  CHECK(async_tcp_test::lwipPcbs() == pcbs);  // the failed connect's pcb was released

  Counters byName;
  AsyncClient b;
  watch(&b, byName);
  REQUIRE(b.connect("localhost", pc.port));  // the lookup succeeds, the connect cannot
  REQUIRE(waitFor([&] { return byName.disconnects.load() == 1; }));
  CHECK(byName.errors.load() == 1);
  CHECK(byName.lastError.load() == ERR_RTE);
  CHECK(async_tcp_test::lwipPcbs() == pcbs);

  CHECK(survivor.write("during", 6) == 6);  // queued while the link is down
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  REQUIRE(WiFi.begin("ssid", "password") == WL_CONNECTED);
  REQUIRE(waitFor([&] { return live.dataBytes.load() == 6; }, 20000));  // retransmitted after
  CHECK(live.errors.load() == 0);
  CHECK(byIp.disconnects.load() + byIp.errors.load() == 0);
  survivor.close();
  REQUIRE(waitFor([&] { return live.disconnects.load() == 1; }));
  CHECK(async_tcp_test::ownedPcbs() == 0);
}
