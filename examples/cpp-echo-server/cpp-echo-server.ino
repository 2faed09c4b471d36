// TCP echo server in plain Arduino C++ on AsyncTCP: every byte a client sends comes back.
// Data path: lwIP -> async_tcp task -> onData (append to the connection's pending buffer, send what
// fits) -> onAck (send more). A client that sends faster than it reads is slowed down with
// ackLater()/ack(), so memory stays bounded at about kHoldBack bytes per connection.
// Builds unchanged for an ESP32 (PlatformIO / Arduino IDE) and for the PC (ts-esp's runtime-cpp,
// CMakeLists.txt here), where the port is reachable through a forwarded 127.0.0.1 port.
#include <Arduino.h>
#include <AsyncTCP.h>
#include <WiFi.h>

#include <atomic>
#include <string>

#ifndef ECHO_PORT
#define ECHO_PORT 7
#endif
#ifndef WIFI_SSID
#define WIFI_SSID "your-ssid"
#endif
#ifndef WIFI_PASSWORD
#define WIFI_PASSWORD "your-password"
#endif

namespace {

const size_t kHoldBack = 16 * 1024;  // bytes buffered per connection before we stop acking

struct EchoConnection {  // lives from onClient to onDisconnect, async_tcp task only
  AsyncClient *client;
  std::string pending;   // received, not yet queued for sending
  size_t deferred = 0;   // received bytes whose ack we held back
};

AsyncServer server(ECHO_PORT);
std::atomic<uint32_t> connectionsServed{0};  // written on async_tcp, read by loop()

void sendPending(EchoConnection *conn) {
  while (!conn->pending.empty() && conn->client->canSend()) {
    size_t n = conn->client->add(conn->pending.data(), conn->pending.size());
    if (n == 0) break;
    conn->pending.erase(0, n);
  }
  conn->client->send();
  if (conn->deferred > 0 && conn->pending.size() < kHoldBack) {
    conn->client->ack(conn->deferred);  // reopen the window
    conn->deferred = 0;
  }
}

void onEchoData(void *arg, AsyncClient *client, void *data, size_t len) {
  auto *conn = static_cast<EchoConnection *>(arg);
  conn->pending.append(static_cast<const char *>(data), len);
  sendPending(conn);
  if (conn->pending.size() >= kHoldBack) {
    client->ackLater();
    conn->deferred += len;
  }
}

void onEchoAck(void *arg, AsyncClient *, size_t, uint32_t) { sendPending(static_cast<EchoConnection *>(arg)); }

void onEchoDisconnect(void *arg, AsyncClient *client) {
  delete static_cast<EchoConnection *>(arg);
  delete client;  // onDisconnect is the last callback: deleting here is always safe
  connectionsServed++;
}

void onNewClient(void *, AsyncClient *client) {
  auto *conn = new EchoConnection{client, {}, 0};
  client->onData(onEchoData, conn);
  client->onAck(onEchoAck, conn);
  client->onDisconnect(onEchoDisconnect, conn);
  client->setRxTimeout(30);  // seconds of silence before we hang up
}

}  // namespace

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) delay(100);
  server.setNoDelay(true);
  server.onClient(onNewClient, nullptr);
  server.begin();
  if (server.status() == 0) {
    Serial.print("echo server failed to listen: ");
    Serial.println(AsyncClient::errorToString(server.lastError()));
    return;
  }
  Serial.print("echo server listening on ");
  Serial.print(WiFi.localIP());
  Serial.print(":");
  Serial.println(ECHO_PORT);
}

void loop() {
  static uint32_t reported = 0;
  if (connectionsServed.load() != reported) {
    reported = connectionsServed.load();
    Serial.print("connections served: ");
    Serial.println(reported);
  }
  delay(100);
}
