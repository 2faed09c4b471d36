// The TS WiFi object (net.h): begin/status/localIP/disconnect on the core's WiFi, and its
// connect/disconnect events. The core runs WiFi event handlers on its own task ("arduino_events"):
// the handler registered here only copies the facts into a net event (net_events.h); the TS loop
// calls the sketch's onConnect(ip) / onDisconnect(reason).
// Keep-alive: begin() while not connected and disconnect() while connected each expect one event;
// until it is dispatched it counts as a live handle, so a sketch that only waits for the event does
// not end first (on the PC the events follow at once; a device never ends anyway).
#include <Arduino.h>
#include <WiFi.h>

#include "tsesp_net/net.h"
#include "tsesp_net/net_events.h"

namespace tsesp {
namespace net {
namespace {

// TS loop only.
Function<void(String)> onConnect;
Function<void(double)> onDisconnect;
int awaitingConnect = 0;     // begin() calls whose STA_GOT_IP has not been dispatched yet
int awaitingDisconnect = 0;  // disconnect() calls whose STA_DISCONNECTED has not been dispatched yet

// Any task (the core's event task).
void handleEvent(arduino_event_id_t event, arduino_event_info_t info) {
  if (event == ARDUINO_EVENT_WIFI_STA_GOT_IP) {
    std::string ip = IPAddress(info.got_ip.ip_info.ip.addr).toString().c_str();
    postNetEvent(NetEvent{NetEventKind::WifiConnected, nullptr, nullptr, std::move(ip), 0, 0});
  } else if (event == ARDUINO_EVENT_WIFI_STA_DISCONNECTED) {
    postNetEvent(NetEvent{NetEventKind::WifiDisconnected, nullptr, nullptr, std::string(), info.wifi_sta_disconnected.reason, 0});
  }
}

void ensureEvents() {
  static bool registered = false;
  if (registered) return;
  registered = true;
  ensureNetLoopSource();
  WiFi.onEvent(handleEvent);
}

// Settles one expected event of a kind: its live-handle count goes.
void settle(int* awaiting) {
  if (*awaiting == 0) return;
  --*awaiting;
  addLiveHandle(-1);
}

}  // namespace

double wifiBegin(const String& ssid, const String& password) {
  ensureEvents();
  bool wasConnected = WiFi.status() == WL_CONNECTED;
  wl_status_t status = WiFi.begin(ssid.c_str(), password.c_str());
  if (!wasConnected && status != WL_CONNECT_FAILED && status != WL_NO_SSID_AVAIL) {
    ++awaitingConnect;
    addLiveHandle(1);
  }
  return static_cast<double>(status);
}

double wifiStatus() { return static_cast<double>(WiFi.status()); }

String wifiLocalIP() { return WiFi.status() == WL_CONNECTED ? String(WiFi.localIP().toString().c_str()) : String(""); }

bool wifiDisconnect() {
  ensureEvents();
  bool wasConnected = WiFi.status() == WL_CONNECTED;
  bool ok = WiFi.disconnect();
  if (wasConnected && ok) {
    ++awaitingDisconnect;
    addLiveHandle(1);
  }
  return ok;
}

void wifiSetOnConnect(const Function<void(String)>& cb) {
  ensureEvents();
  onConnect = cb;
}

void wifiSetOnDisconnect(const Function<void(double)>& cb) {
  ensureEvents();
  onDisconnect = cb;
}

void dispatchWifiConnected(const char* ip) {
  settle(&awaitingConnect);
  Function<void(String)> cb = onConnect;  // the callback may replace itself
  if (cb) cb(String(ip));
}

void dispatchWifiDisconnected(int reason) {
  settle(&awaitingDisconnect);
  Function<void(double)> cb = onDisconnect;
  if (cb) cb(static_cast<double>(reason));
}

}  // namespace net
}  // namespace tsesp
