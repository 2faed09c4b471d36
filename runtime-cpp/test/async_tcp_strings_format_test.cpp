// errorToString/stateToString tables, version macros and write flags, as upstream 3.5.0 (spec 4.2,
// 4.3, 1.1). No network.
#include <string>

#include "async_tcp_fixture.h"

TEST_CASE("errorToString maps every lwIP error and -55 like upstream") {
  const std::pair<int, const char *> table[] = {
      {0, "OK"},           {-1, "Out of memory error"},   {-2, "Buffer error"},
      {-3, "Timeout"},     {-4, "Routing problem"},       {-5, "Operation in progress"},
      {-6, "Illegal value"}, {-7, "Operation would block"}, {-8, "Address in use"},
      {-9, "Already connected"}, {-10, "UNKNOWN"},        {-11, "Not connected"},
      {-12, "Low-level netif error"}, {-13, "Connection aborted"}, {-14, "Connection reset"},
      {-15, "Connection closed"}, {-16, "Illegal argument"}, {-55, "DNS failed"},
      {1, "UNKNOWN"},      {-17, "UNKNOWN"},              {-128, "UNKNOWN"},
  };
  for (auto &row : table) {
    CAPTURE(row.first);
    CHECK(std::string(AsyncClient::errorToString(static_cast<int8_t>(row.first))) == row.second);
  }
}

TEST_CASE("a fresh client is Closed, idle and has no space") {
  AsyncClient client;
  CHECK(std::string(client.stateToString()) == "Closed");
  CHECK(client.state() == 0);
  CHECK(client.disconnected());
  CHECK_FALSE(client.connected());
  CHECK_FALSE(client.connecting());
  CHECK(client.freeable());
  CHECK(client.free());
  CHECK(client.space() == 0);
  CHECK_FALSE(client.canSend());
  CHECK(client.add("x", 1) == 0);
  CHECK(client.write("x") == 0);
  CHECK(client.write(nullptr) == 0);
  CHECK_FALSE(client.send());
  CHECK(client.abort() == ERR_CONN);
  client.close();
  CHECK(client.getMss() == 0);
  CHECK(client.getRemotePort() == 0);
  CHECK(client.getRemoteAddress() == 0);
  CHECK(client.getAckTimeout() == CONFIG_ASYNC_TCP_MAX_ACK_TIME);
  CHECK(client.getRxTimeout() == 0);
  CHECK(client.ack(100) == 0);
  CHECK(client.pcb() == nullptr);
  AsyncClient other;
  CHECK(client != other);
  CHECK(client == client);
}

TEST_CASE("version macros and write flags") {
  CHECK(std::string(ASYNCTCP_VERSION) == "3.5.0");
  CHECK(ASYNCTCP_VERSION_NUM == ((3 << 16) | (5 << 8) | 0));
  CHECK(ASYNCTCP_VERSION_NUM >= ASYNCTCP_VERSION_VAL(3, 4, 0));
  CHECK(ASYNC_WRITE_FLAG_COPY == 0x01);
  CHECK(ASYNC_WRITE_FLAG_MORE == 0x02);
  CHECK(CONFIG_ASYNC_TCP_STACK_SIZE == 16384);
  CHECK(CONFIG_ASYNC_TCP_PRIORITY == 10);
  CHECK(CONFIG_ASYNC_TCP_QUEUE_SIZE == 64);
  CHECK(CONFIG_ASYNC_TCP_RUNNING_CORE == -1);
  CHECK(CONFIG_ASYNC_TCP_USE_WDT == 1);
}
