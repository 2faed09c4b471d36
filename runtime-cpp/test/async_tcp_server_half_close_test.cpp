// A peer that half-closes after its request (shutdown(SHUT_WR)) still gets the whole response,
// then an orderly close; the server sees the data, one onDisconnect and no error.
#include "async_tcp_fixture.h"

using namespace fixture;

TEST_CASE("half-closing peer receives the full response") {
  uint16_t hostPort = forwardToGuest(7501);
  AsyncServer server(7501);
  std::atomic<int> disconnects{0}, errors{0};
  std::string response = patternBytes(50000, 12);
  server.onClient([&](void *, AsyncClient *c) {
    c->onData([&](void *, AsyncClient *cl, void *data, size_t len) {
      std::string request(static_cast<const char *>(data), len);
      if (request.find("GET") == 0) CHECK(cl->write(response.data(), response.size()) == response.size());
    });
    c->onError([&](void *, AsyncClient *, int8_t) { errors++; });
    c->onDisconnect([&](void *, AsyncClient *cl) { delete cl; disconnects++; });
  }, nullptr);
  server.begin();
  int fd = connectLoopback(hostPort);
  REQUIRE(sendAll(fd, "GET /\r\n", 7));
  shutdown(fd, SHUT_WR);
  std::string back(response.size(), '\0');
  CHECK(recvExact(fd, &back[0], back.size()));
  CHECK(back == response);
  CHECK(peerClosed(fd));
  ::close(fd);
  REQUIRE(waitFor([&] { return disconnects.load() == 1; }));
  CHECK(errors.load() == 0);
}
