// WiFi on the PC port: begin() brings the slirp netif up and reports its addresses; events reach
// handlers on the arduino_events task in the device's order; disconnect() takes the link down
// and begin() brings it back.
#include <doctest/doctest.h>

#include <string.h>

#include <atomic>
#include <mutex>
#include <vector>

#include "Arduino.h"
#include "WiFi.h"
#include "lwip/netif.h"
#include "net/host_net.h"

namespace {

struct EventLog {
  std::mutex mutex;
  std::vector<arduino_event_id_t> events;
  std::vector<std::string> tasks;
  uint32_t gotIp = 0;

  size_t size() {
    std::lock_guard<std::mutex> lock(mutex);
    return events.size();
  }
};

EventLog eventLog;
std::atomic<int> disconnectedCalls{0};  // from the plain (function pointer) handler

bool waitForEvents(size_t count) {
  for (int i = 0; i < 500; i++) {
    if (eventLog.size() >= count) return true;
    delay(10);
  }
  return false;
}

bool linkIsUp() {
  bool up = false;
  tsesp_host_net_run_on_tcpip([](void *arg) { *static_cast<bool *>(arg) = netif_is_link_up(tsesp_host_net_netif()); },
                              &up);
  return up;
}

}  // namespace

TEST_CASE("begin connects, events arrive in order, disconnect and reconnect") {
  CHECK(WiFi.status() == WL_IDLE_STATUS);
  CHECK(WiFi.localIP() == IPAddress(0, 0, 0, 0));
  WiFi.onEvent([](arduino_event_id_t event, arduino_event_info_t info) {
    std::lock_guard<std::mutex> lock(eventLog.mutex);
    eventLog.events.push_back(event);
    eventLog.tasks.push_back(pcTaskGetName(nullptr));
    if (event == ARDUINO_EVENT_WIFI_STA_GOT_IP) eventLog.gotIp = info.got_ip.ip_info.ip.addr;
  });
  wifi_event_id_t plainId =
      WiFi.onEvent([](arduino_event_id_t) { disconnectedCalls++; }, ARDUINO_EVENT_WIFI_STA_DISCONNECTED);

  CHECK(WiFi.begin("test-ssid", "secret") == WL_CONNECTED);
  CHECK(WiFi.status() == WL_CONNECTED);
  CHECK(WiFi.isConnected());
  CHECK(WiFi.localIP() == IPAddress(10, 0, 2, 15));
  CHECK(WiFi.gatewayIP() == IPAddress(10, 0, 2, 2));
  CHECK(WiFi.subnetMask() == IPAddress(255, 255, 255, 0));
  CHECK(WiFi.globalIPv6().toString() == "fec0::15");
  CHECK(WiFi.linkLocalIPv6().toString().startsWith("fe80::"));
  CHECK(WiFi.SSID() == "test-ssid");
  CHECK(WiFi.macAddress() == "52:54:00:12:34:56");

  REQUIRE(waitForEvents(4));
  {
    std::lock_guard<std::mutex> lock(eventLog.mutex);
    CHECK(eventLog.events[0] == ARDUINO_EVENT_WIFI_STA_START);
    CHECK(eventLog.events[1] == ARDUINO_EVENT_WIFI_STA_CONNECTED);
    CHECK(eventLog.events[2] == ARDUINO_EVENT_WIFI_STA_GOT_IP);
    CHECK(eventLog.events[3] == ARDUINO_EVENT_WIFI_STA_GOT_IP6);
    for (const std::string &task : eventLog.tasks) CHECK(task == "arduino_events");
    CHECK(eventLog.gotIp == static_cast<uint32_t>(IPAddress(10, 0, 2, 15)));
  }
  CHECK(linkIsUp());

  CHECK(WiFi.disconnect());
  CHECK(WiFi.status() == WL_DISCONNECTED);
  CHECK_FALSE(linkIsUp());
  REQUIRE(waitForEvents(5));
  CHECK(eventLog.events[4] == ARDUINO_EVENT_WIFI_STA_DISCONNECTED);
  for (int i = 0; i < 500 && disconnectedCalls.load() == 0; i++) delay(10);
  CHECK(disconnectedCalls.load() == 1);
  WiFi.removeEvent(plainId);

  CHECK(WiFi.begin() == WL_CONNECTED);
  CHECK(linkIsUp());
  REQUIRE(waitForEvents(8));
  std::lock_guard<std::mutex> lock(eventLog.mutex);
  CHECK(eventLog.events[5] == ARDUINO_EVENT_WIFI_STA_CONNECTED);  // no second STA_START
  CHECK(eventLog.events[6] == ARDUINO_EVENT_WIFI_STA_GOT_IP);
}
