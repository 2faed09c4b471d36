// WiFi on the PC port: the station interface is the port's lwIP netif (port/host/net/host_net.h,
// slirp by default). begin() brings the network up (any SSID/password is accepted) and returns
// WL_CONNECTED once it is; disconnect() takes the link down, begin() again brings it back.
// Events (onEvent) run on an "arduino_events" task, as on the device, in the order STA_START,
// STA_CONNECTED, STA_GOT_IP (and GOT_IP6) for begin(), STA_DISCONNECTED for disconnect().
// Calling context: any task except the tcpip thread; event callbacks must not block for long.
#pragma once

#include <stdint.h>

#include <functional>

#include "IPAddress.h"
#include "WString.h"

typedef enum {
  WL_NO_SHIELD = 255,
  WL_STOPPED = 254,
  WL_IDLE_STATUS = 0,
  WL_NO_SSID_AVAIL = 1,
  WL_SCAN_COMPLETED = 2,
  WL_CONNECTED = 3,
  WL_CONNECT_FAILED = 4,
  WL_CONNECTION_LOST = 5,
  WL_DISCONNECTED = 6
} wl_status_t;

typedef enum { WIFI_MODE_NULL = 0, WIFI_MODE_STA, WIFI_MODE_AP, WIFI_MODE_APSTA, WIFI_MODE_MAX } wifi_mode_t;
#define WIFI_OFF WIFI_MODE_NULL
#define WIFI_STA WIFI_MODE_STA
#define WIFI_AP WIFI_MODE_AP
#define WIFI_AP_STA WIFI_MODE_APSTA

typedef enum {
  ARDUINO_EVENT_NONE = 0,
  ARDUINO_EVENT_WIFI_READY,
  ARDUINO_EVENT_WIFI_SCAN_DONE,
  ARDUINO_EVENT_WIFI_STA_START,
  ARDUINO_EVENT_WIFI_STA_STOP,
  ARDUINO_EVENT_WIFI_STA_CONNECTED,
  ARDUINO_EVENT_WIFI_STA_DISCONNECTED,
  ARDUINO_EVENT_WIFI_STA_AUTHMODE_CHANGE,
  ARDUINO_EVENT_WIFI_STA_GOT_IP,
  ARDUINO_EVENT_WIFI_STA_GOT_IP6,
  ARDUINO_EVENT_WIFI_STA_LOST_IP,
  ARDUINO_EVENT_MAX
} arduino_event_id_t;

typedef struct {
  uint32_t addr;  // network byte order
} esp_ip4_addr_t;

typedef union {
  struct {
    struct {
      esp_ip4_addr_t ip, netmask, gw;
    } ip_info;
  } got_ip;
  struct {
    uint8_t reason;
  } wifi_sta_disconnected;
} arduino_event_info_t;

typedef struct {
  arduino_event_id_t event_id;
  arduino_event_info_t event_info;
} arduino_event_t;

#define WIFI_REASON_ASSOC_LEAVE 8

typedef size_t wifi_event_id_t;
typedef void (*WiFiEventCb)(arduino_event_id_t event);
typedef std::function<void(arduino_event_id_t event, arduino_event_info_t info)> WiFiEventFuncCb;
typedef void (*WiFiEventSysCb)(arduino_event_t *event);

class WiFiClass {
 public:
  wl_status_t begin(const char *ssid, const char *passphrase = nullptr, int32_t channel = 0,
                    const uint8_t *bssid = nullptr, bool connect = true);
  wl_status_t begin();
  bool disconnect(bool wifiOff = false, bool eraseAp = false);
  bool reconnect();
  wl_status_t status();
  bool isConnected() { return status() == WL_CONNECTED; }
  bool mode(wifi_mode_t mode);
  wifi_mode_t getMode();
  bool setAutoReconnect(bool) { return true; }
  bool setSleep(bool) { return true; }
  bool setHostname(const char *name);
  const char *getHostname();
  bool enableIPv6(bool enable = true);

  IPAddress localIP();
  IPAddress subnetMask();
  IPAddress gatewayIP();
  IPAddress linkLocalIPv6();
  IPAddress globalIPv6();
  String SSID();
  String macAddress();
  uint8_t *macAddress(uint8_t *mac);
  int8_t RSSI() { return -40; }
  int32_t channel() { return 1; }

  wifi_event_id_t onEvent(WiFiEventCb callback, arduino_event_id_t event = ARDUINO_EVENT_MAX);
  wifi_event_id_t onEvent(WiFiEventFuncCb callback, arduino_event_id_t event = ARDUINO_EVENT_MAX);
  wifi_event_id_t onEvent(WiFiEventSysCb callback, arduino_event_id_t event = ARDUINO_EVENT_MAX);
  void removeEvent(wifi_event_id_t id);
};

extern WiFiClass WiFi;
