// The firmware as a client of servers the test runs on 127.0.0.1 (reached at 10.0.2.2 through
// slirp): connect by IP and by name, echo through it, refused connects, names that do not resolve
// (-55), and the callback matrix rows of spec 4.4 for the client side.
#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

void echoOnce(AsyncClient &client, Counters &k, const std::string &payload) {
  REQUIRE(waitFor([&] { return k.connects.load() == 1; }));
  CHECK(client.connected());
  CHECK(client.space() > 0);
  CHECK(client.write(payload.data(), payload.size()) == payload.size());
  REQUIRE(waitFor([&] { return k.dataBytes.load() == payload.size(); }));
  std::lock_guard<std::mutex> lock(k.mutex);
  CHECK(k.received == payload);
}

}  // namespace

TEST_CASE("connect by IP to a PC server, echo, close: onConnect, onData, one onDisconnect") {
  startNetwork();
  LoopbackEchoServer pc;
  Counters k;
  k.keepData = true;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect(pcAddress(), pc.port));
  CHECK_FALSE(client.connect(pcAddress(), pc.port));  // already connecting: no second pcb
  echoOnce(client, k, "hello from the firmware");
  CHECK(client.remotePort() == pc.port);
  ip_addr_t pc4 = pcAddress();
  CHECK(client.getRemoteAddress() == ip_2_ip4(&pc4)->addr);
  CHECK(client.localPort() != 0);
  CHECK(client.getMss() > 0);
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(k.errors.load() == 0);
  CHECK(k.offTask.load() == 0);
  CHECK(k.afterDisconnect.load() == 0);
  CHECK(client.disconnected());
  CHECK(async_tcp_test::ownedPcbs() == 0);
}

TEST_CASE("connect by name (localhost resolves to the PC) and reconnect the same client") {
  startNetwork();
  LoopbackEchoServer pc;
  Counters k;
  k.keepData = true;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect("localhost", pc.port));
  CHECK((client.connecting() || client.connected()));
  echoOnce(client, k, "by name");
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  // a closed client may connect again; counters continue
  {
    std::lock_guard<std::mutex> lock(k.mutex);
    k.received.clear();
  }
  k.dataBytes = 0;
  k.disconnects = 0;
  k.connects = 0;
  REQUIRE(client.connect("10.0.2.2", pc.port));  // an IP literal takes the immediate path
  echoOnce(client, k, "again");
  client.close();
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(k.offTask.load() == 0);
}

TEST_CASE("a name that does not resolve reports onError(-55) then onDisconnect, once") {
  startNetwork();
  Counters k;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect("tsesp..invalid", 80));  // empty label: fails locally, no DNS query
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }));
  CHECK(k.errors.load() == 1);
  CHECK(k.lastError.load() == -55);
  CHECK(std::string(AsyncClient::errorToString(-55)) == "DNS failed");
  CHECK(k.connects.load() == 0);
  CHECK(k.afterDisconnect.load() == 0);
  CHECK_FALSE(client.connect("", 80));      // ERR_ARG at once: false, no callbacks
  CHECK_FALSE(client.connect((const char *)nullptr, 80));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(k.disconnects.load() == 1);
}

TEST_CASE("a refused connect reports onError(ERR_RST) then onDisconnect, and frees the pcb") {
  startNetwork();
  uint16_t closedPort;
  int fd = listenLoopback(&closedPort);
  ::close(fd);  // nothing listens there now
  Counters k;
  AsyncClient client;
  watch(&client, k);
  REQUIRE(client.connect(pcAddress(), closedPort));
  REQUIRE(waitFor([&] { return k.disconnects.load() == 1; }, 30000));
  CHECK(k.errors.load() == 1);
  CHECK((k.lastError.load() == ERR_RST || k.lastError.load() == ERR_ABRT));
  CHECK(k.connects.load() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}

TEST_CASE("deleting a client from another task while it connects: no callback afterwards, no leak") {
  startNetwork();
  LoopbackEchoServer pc;
  Counters k;
  for (int i = 0; i < 40; ++i) {
    auto *client = new AsyncClient();
    watch(client, k);
    if (i % 2) REQUIRE(client->connect(pcAddress(), pc.port));
    else REQUIRE(client->connect("localhost", pc.port));
    if (i % 4 >= 2) std::this_thread::sleep_for(std::chrono::microseconds(200 * i));
    delete client;  // purges, waits out a callback already running, calls no user code
    int after = k.connects.load() + k.disconnects.load() + k.errors.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(k.connects.load() + k.disconnects.load() + k.errors.load() == after);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(k.disconnects.load() + k.errors.load() == 0);
  CHECK(async_tcp_test::liveClients() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
  CHECK(async_tcp_test::queuedEvents() == 0);
}

TEST_CASE("close() while resolving or connecting still ends with exactly one onDisconnect") {
  startNetwork();
  LoopbackEchoServer pc;
  Counters k1, k2;
  AsyncClient byName, byIp;
  watch(&byName, k1);
  watch(&byIp, k2);
  REQUIRE(byName.connect("localhost", pc.port));
  REQUIRE(byIp.connect(pcAddress(), pc.port));
  byName.close();
  byIp.close();
  REQUIRE(waitFor([&] { return k1.disconnects.load() == 1 && k2.disconnects.load() == 1; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(k1.disconnects.load() == 1);
  CHECK(k2.disconnects.load() == 1);
  CHECK(k1.errors.load() + k2.errors.load() == 0);
  CHECK(k1.afterDisconnect.load() + k2.afterDisconnect.load() == 0);
  CHECK(async_tcp_test::ownedPcbs() == 0);
}
