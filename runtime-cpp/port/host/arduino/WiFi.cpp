// WiFi on the PC port (see WiFi.h). State is guarded by one mutex; link changes and address reads
// run on the tcpip thread (tsesp_host_net_run_on_tcpip); events go through a FreeRTOS queue to
// the "arduino_events" task, which calls the handlers outside the lock.
#include "WiFi.h"

#include <stdio.h>
#include <string.h>

#include <mutex>
#include <string>
#include <vector>

#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/task.h"
#include "lwip/netif.h"
#include "net/host_net.h"

WiFiClass WiFi;

namespace {

const uint8_t kStationMac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};  // the netif's MAC

struct EventHandler {
  wifi_event_id_t id;
  arduino_event_id_t filter;  // ARDUINO_EVENT_MAX = every event
  WiFiEventCb plain;
  WiFiEventFuncCb function;
  WiFiEventSysCb system;
};

struct WiFiState {
  std::mutex mutex;
  wl_status_t status = WL_IDLE_STATUS;
  wifi_mode_t mode = WIFI_MODE_NULL;
  bool started = false;  // STA_START sent
  std::string ssid;
  std::string hostname = "esp32-host";
  std::vector<EventHandler> handlers;
  wifi_event_id_t nextId = 1;
  QueueHandle_t events = nullptr;
};

WiFiState &state() {
  static auto *s = new WiFiState();  // never destroyed: the event task outlives main()
  return *s;
}

void runEventTask(void *) {
  WiFiState &s = state();
  for (;;) {
    arduino_event_t event;
    if (xQueueReceive(s.events, &event, portMAX_DELAY) != pdPASS) continue;
    std::vector<EventHandler> handlers;
    {
      std::lock_guard<std::mutex> lock(s.mutex);
      handlers = s.handlers;
    }
    for (const EventHandler &h : handlers) {
      if (h.filter != ARDUINO_EVENT_MAX && h.filter != event.event_id) continue;
      if (h.plain) h.plain(event.event_id);
      if (h.function) h.function(event.event_id, event.event_info);
      if (h.system) h.system(&event);
    }
  }
}

// Events are collected under the state mutex and posted after it is released (the event task
// takes the mutex to copy the handlers).
using EventBatch = std::vector<arduino_event_t>;

void addEvent(EventBatch &batch, arduino_event_id_t id, const arduino_event_info_t &info) {
  arduino_event_t event;
  memset(&event, 0, sizeof event);
  event.event_id = id;
  event.event_info = info;
  batch.push_back(event);
}

void postEvents(const EventBatch &batch) {
  if (batch.empty()) return;
  WiFiState &s = state();
  QueueHandle_t queue;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.events) {
      s.events = xQueueCreate(32, sizeof(arduino_event_t));
      xTaskCreate(runEventTask, "arduino_events", 4096, nullptr, 19, nullptr);
    }
    queue = s.events;
  }
  for (const arduino_event_t &event : batch) xQueueSend(queue, &event, portMAX_DELAY);
}

struct Addresses {
  uint32_t ip = 0, netmask = 0, gateway = 0;  // network byte order
  bool hasLinkLocal6 = false, hasGlobal6 = false;
  uint8_t linkLocal6[16] = {}, global6[16] = {};
  bool linkUp = false;
};

Addresses readAddresses() {
  Addresses a;
  if (!tsesp_host_net_netif()) return a;
  tsesp_host_net_run_on_tcpip(
      [](void *arg) {
        auto *out = static_cast<Addresses *>(arg);
        struct netif *n = tsesp_host_net_netif();
        out->ip = ip4_addr_get_u32(netif_ip4_addr(n));
        out->netmask = ip4_addr_get_u32(netif_ip4_netmask(n));
        out->gateway = ip4_addr_get_u32(netif_ip4_gw(n));
        out->linkUp = netif_is_link_up(n);
        for (int i = 0; i < LWIP_IPV6_NUM_ADDRESSES; i++) {
          if (!ip6_addr_isvalid(netif_ip6_addr_state(n, i))) continue;
          const ip6_addr_t *addr = netif_ip6_addr(n, i);
          bool linkLocal = ip6_addr_islinklocal(addr);
          if (linkLocal && !out->hasLinkLocal6) {
            memcpy(out->linkLocal6, addr->addr, 16);
            out->hasLinkLocal6 = true;
          } else if (!linkLocal && !out->hasGlobal6) {
            memcpy(out->global6, addr->addr, 16);
            out->hasGlobal6 = true;
          }
        }
      },
      &a);
  return a;
}

void setLinkUp(bool up) {
  tsesp_host_net_run_on_tcpip(
      [](void *arg) {
        struct netif *n = tsesp_host_net_netif();
        if (*static_cast<bool *>(arg)) {
          netif_set_link_up(n);
        } else {
          netif_set_link_down(n);
        }
      },
      &up);
}

wifi_event_id_t addHandler(EventHandler handler) {
  WiFiState &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  handler.id = s.nextId++;
  s.handlers.push_back(std::move(handler));
  return s.handlers.back().id;
}

}  // namespace

wl_status_t WiFiClass::begin(const char *ssid, const char *passphrase, int32_t, const uint8_t *, bool connect) {
  (void)passphrase;
  WiFiState &s = state();
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.ssid = ssid ? ssid : "";
    if (s.mode == WIFI_MODE_NULL) s.mode = WIFI_MODE_STA;
  }
  if (!connect) return status();
  if (tsesp_host_net_start() != 0) {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.status = WL_CONNECT_FAILED;
    return s.status;
  }
  setLinkUp(true);
  Addresses a = readAddresses();
  EventBatch batch;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.status == WL_CONNECTED) return s.status;
    arduino_event_info_t info;
    memset(&info, 0, sizeof info);
    if (!s.started) addEvent(batch, ARDUINO_EVENT_WIFI_STA_START, info);
    s.started = true;
    addEvent(batch, ARDUINO_EVENT_WIFI_STA_CONNECTED, info);
    info.got_ip.ip_info.ip.addr = a.ip;
    info.got_ip.ip_info.netmask.addr = a.netmask;
    info.got_ip.ip_info.gw.addr = a.gateway;
    s.status = WL_CONNECTED;
    addEvent(batch, ARDUINO_EVENT_WIFI_STA_GOT_IP, info);
    if (a.hasGlobal6) addEvent(batch, ARDUINO_EVENT_WIFI_STA_GOT_IP6, info);
  }
  postEvents(batch);
  return WL_CONNECTED;
}

wl_status_t WiFiClass::begin() {
  std::string ssid;
  {
    std::lock_guard<std::mutex> lock(state().mutex);
    ssid = state().ssid;
  }
  return begin(ssid.c_str());
}

bool WiFiClass::disconnect(bool wifiOff, bool) {
  WiFiState &s = state();
  if (tsesp_host_net_netif()) setLinkUp(false);
  EventBatch batch;
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (wifiOff) s.mode = WIFI_MODE_NULL;
    if (s.status != WL_CONNECTED) return true;
    s.status = WL_DISCONNECTED;
    arduino_event_info_t info;
    memset(&info, 0, sizeof info);
    info.wifi_sta_disconnected.reason = WIFI_REASON_ASSOC_LEAVE;
    addEvent(batch, ARDUINO_EVENT_WIFI_STA_DISCONNECTED, info);
  }
  postEvents(batch);
  return true;
}

bool WiFiClass::reconnect() { return begin() == WL_CONNECTED; }

wl_status_t WiFiClass::status() {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().status;
}

bool WiFiClass::mode(wifi_mode_t mode) {
  std::lock_guard<std::mutex> lock(state().mutex);
  state().mode = mode;
  return true;
}

wifi_mode_t WiFiClass::getMode() {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().mode;
}

bool WiFiClass::setHostname(const char *name) {
  if (!name) return false;
  std::lock_guard<std::mutex> lock(state().mutex);
  state().hostname = name;
  return true;
}

const char *WiFiClass::getHostname() {
  std::lock_guard<std::mutex> lock(state().mutex);
  return state().hostname.c_str();
}

bool WiFiClass::enableIPv6(bool) { return true; }

IPAddress WiFiClass::localIP() { return status() == WL_CONNECTED ? IPAddress(readAddresses().ip) : IPAddress(); }
IPAddress WiFiClass::subnetMask() { return status() == WL_CONNECTED ? IPAddress(readAddresses().netmask) : IPAddress(); }
IPAddress WiFiClass::gatewayIP() { return status() == WL_CONNECTED ? IPAddress(readAddresses().gateway) : IPAddress(); }

IPAddress WiFiClass::linkLocalIPv6() {
  Addresses a = status() == WL_CONNECTED ? readAddresses() : Addresses();
  return a.hasLinkLocal6 ? IPAddress(IPv6, a.linkLocal6) : IPAddress(IPv6);
}

IPAddress WiFiClass::globalIPv6() {
  Addresses a = status() == WL_CONNECTED ? readAddresses() : Addresses();
  return a.hasGlobal6 ? IPAddress(IPv6, a.global6) : IPAddress(IPv6);
}

String WiFiClass::SSID() {
  std::lock_guard<std::mutex> lock(state().mutex);
  return String(state().status == WL_CONNECTED ? state().ssid.c_str() : "");
}

String WiFiClass::macAddress() {
  char text[18];
  snprintf(text, sizeof text, "%02X:%02X:%02X:%02X:%02X:%02X", kStationMac[0], kStationMac[1], kStationMac[2],
           kStationMac[3], kStationMac[4], kStationMac[5]);
  return String(text);
}

uint8_t *WiFiClass::macAddress(uint8_t *mac) {
  memcpy(mac, kStationMac, sizeof kStationMac);
  return mac;
}

wifi_event_id_t WiFiClass::onEvent(WiFiEventCb callback, arduino_event_id_t event) {
  return callback ? addHandler({0, event, callback, nullptr, nullptr}) : 0;
}

wifi_event_id_t WiFiClass::onEvent(WiFiEventFuncCb callback, arduino_event_id_t event) {
  return callback ? addHandler({0, event, nullptr, std::move(callback), nullptr}) : 0;
}

wifi_event_id_t WiFiClass::onEvent(WiFiEventSysCb callback, arduino_event_id_t event) {
  return callback ? addHandler({0, event, nullptr, nullptr, callback}) : 0;
}

void WiFiClass::removeEvent(wifi_event_id_t id) {
  WiFiState &s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  for (size_t i = 0; i < s.handlers.size(); i++) {
    if (s.handlers[i].id == id) {
      s.handlers.erase(s.handlers.begin() + static_cast<long>(i));
      return;
    }
  }
}
