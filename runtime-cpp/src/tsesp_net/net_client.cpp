// tsesp::net::Client (net.h): AsyncTCP handlers post net events (async_tcp task); dispatch*() and
// the TS-facing methods run on the TS loop.
#include <Arduino.h>

#include "tsesp_net/net.h"
#include "tsesp_net/net_events.h"

namespace tsesp {
namespace net {
namespace {

void post(NetEventKind kind, void* target, int32_t a = 0, uint32_t b = 0) {
  postNetEvent(NetEvent{kind, target, nullptr, std::string(), a, b});
}

tsesp::String fromIP(const IPAddress& ip) { return tsesp::String(ip.toString().c_str()); }

}  // namespace

Client::Client() : tcp_(new ::AsyncClient()) {
  ensureNetLoopSource();
  bindHandlers();
}

Client::Client(::AsyncClient* accepted) : tcp_(accepted) { bindHandlers(); }

Client::~Client() {
  if (tcp_ != nullptr) {
    if (open_ && !closing_) tcp_->close();
    delete tcp_;  // no callback of it runs after this returns
  }
  purgeNetEvents(this);
}

// Runs on whichever task builds the client (accepted: async_tcp task inside onClient).
void Client::bindHandlers() {
  tcp_->onConnect([](void* self, ::AsyncClient*) { post(NetEventKind::Connected, self); }, this);
  tcp_->onData(
      [](void* self, ::AsyncClient* c, void* data, size_t len) {
        c->ackLater();  // acked on the TS loop once onData ran (or later by ack())
        postNetEvent(NetEvent{NetEventKind::Data, self, nullptr, std::string(static_cast<const char*>(data), len), 0, 0});
      },
      this);
  tcp_->onError([](void* self, ::AsyncClient*, int8_t error) { post(NetEventKind::Error, self, error); }, this);
  tcp_->onAck([](void* self, ::AsyncClient*, size_t len, uint32_t ms) { post(NetEventKind::Ack, self, static_cast<int32_t>(len), ms); },
              this);
  tcp_->onTimeout([](void* self, ::AsyncClient*, uint32_t ms) { post(NetEventKind::Timeout, self, 0, ms); }, this);
  tcp_->onPoll([](void* self, ::AsyncClient*) { post(NetEventKind::Poll, self); }, this);
  tcp_->onDisconnect([](void* self, ::AsyncClient*) { post(NetEventKind::Disconnected, self); }, this);
}

bool Client::hasCallbacks() const {
  return onConnect_ || onDisconnect_ || onPoll_ || onData_ || onError_ || onAck_ || onTimeout_;
}

// Holds or drops the connection's own count; callers hold a Ref when it may drop the last one.
void Client::updateKeepAlive() {
  bool want = open_ && hasCallbacks();
  if (want && !self_) {
    self_ = Ref<Client>(this);
    addLiveHandle(1);
  } else if (!want && self_) {
    addLiveHandle(-1);
    Ref<Client> last = std::move(self_);
  }
}

bool Client::connect(const String& host, double port) {
  if (tcp_ == nullptr || open_ || !(port >= 1 && port <= 65535)) return false;
  IPAddress ip;
  bool ok = ip.fromString(host.c_str()) ? tcp_->connect(ip, static_cast<uint16_t>(port))
                                        : tcp_->connect(host.c_str(), static_cast<uint16_t>(port));
  if (!ok) return false;
  open_ = true;
  closing_ = false;
  updateKeepAlive();
  return true;
}

void Client::onConnect(const Function<void()>& cb) { onConnect_ = cb; updateKeepAlive(); }
void Client::setOnData(const Function<void(Uint8Array)>& cb) { onData_ = cb; updateKeepAlive(); }
void Client::onDisconnect(const Function<void()>& cb) { onDisconnect_ = cb; updateKeepAlive(); }
void Client::setOnError(const Function<void(double, String)>& cb) { onError_ = cb; updateKeepAlive(); }
void Client::setOnAck(const Function<void(double, double)>& cb) { onAck_ = cb; updateKeepAlive(); }
void Client::setOnTimeout(const Function<void(double)>& cb) { onTimeout_ = cb; updateKeepAlive(); }
void Client::onPoll(const Function<void()>& cb) { onPoll_ = cb; updateKeepAlive(); }

double Client::write(const String& data) {
  if (!live() || data.byteLength() == 0) return 0;
  return static_cast<double>(tcp_->write(data.c_str(), data.byteLength()));
}
double Client::write(const Uint8Array& data) {
  if (!live() || data.isUndefined() || data.byteSize() == 0) return 0;
  return static_cast<double>(tcp_->write(reinterpret_cast<const char*>(data.bytes()), data.byteSize()));
}
double Client::space() const { return live() ? static_cast<double>(tcp_->space()) : 0; }
bool Client::canSend() const { return live() && tcp_->canSend(); }

void Client::close() {
  if (!live()) return;
  closing_ = true;
  tcp_->close();  // onDisconnect follows as an event
}

void Client::abort() {
  if (!live()) return;
  closing_ = true;
  tcp_->abort();
}

void Client::ackLater() {
  if (inData_) ackDeferred_ = true;
}

double Client::ack(double bytes) {
  if (!live() || !(bytes > 0)) return 0;
  return static_cast<double>(tcp_->ack(bytes > 4294967295.0 ? 0xFFFFFFFFu : static_cast<size_t>(bytes)));
}

void Client::setRxTimeout(double seconds) {
  if (live() && seconds >= 0) tcp_->setRxTimeout(static_cast<uint32_t>(seconds));
}
void Client::setAckTimeout(double ms) {
  if (live() && ms >= 0) tcp_->setAckTimeout(static_cast<uint32_t>(ms));
}
void Client::setNoDelay(bool noDelay) {
  if (tcp_ != nullptr && !closing_) tcp_->setNoDelay(noDelay);
}
void Client::setKeepAlive(double ms, double count) {
  if (live() && ms >= 0 && count >= 0 && count <= 255) tcp_->setKeepAlive(static_cast<uint32_t>(ms), static_cast<uint8_t>(count));
}
String Client::remoteIP() const { return live() ? fromIP(tcp_->remoteIP()) : String(""); }
double Client::remotePort() const { return live() ? tcp_->remotePort() : 0; }
String Client::localIP() const { return live() ? fromIP(tcp_->localIP()) : String(""); }
double Client::localPort() const { return live() ? tcp_->localPort() : 0; }
bool Client::connected() const { return live() && tcp_->connected(); }

void Client::dispatchAccepted() {
  open_ = true;
  updateKeepAlive();
}

void Client::dispatchConnected() {
  if (live() && onConnect_) onConnect_();
  updateKeepAlive();
}

void Client::dispatchData(const char* bytes, size_t length) {
  if (live() && onData_) {
    inData_ = true;
    ackDeferred_ = false;
    onData_(Uint8Array::fromBytes(bytes, length));
    inData_ = false;
  }
  if (live() && !ackDeferred_) tcp_->ack(length);
  ackDeferred_ = false;
  updateKeepAlive();
}

void Client::dispatchError(int code) {
  if (live() && onError_) onError_(code, String(::AsyncClient::errorToString(static_cast<int8_t>(code))));
  updateKeepAlive();
}

void Client::dispatchAck(size_t length, uint32_t ms) {
  if (live() && onAck_) onAck_(static_cast<double>(length), ms);
  updateKeepAlive();
}

void Client::dispatchTimeout(uint32_t ms) {
  if (live() && onTimeout_) onTimeout_(ms);
  updateKeepAlive();
}

void Client::dispatchPoll() {
  if (live() && onPoll_) onPoll_();
  updateKeepAlive();
}

// The connection's end: onDisconnect once, then every callback is dropped (breaking closure cycles
// such as a handler that captures its own client) and the connection's own count goes.
void Client::dispatchDisconnected() {
  bool wasOpen = open_;
  open_ = false;
  closing_ = false;
  Function<void()> last = onDisconnect_;
  onConnect_ = nullptr;
  onDisconnect_ = nullptr;
  onPoll_ = nullptr;
  onData_ = nullptr;
  onError_ = nullptr;
  onAck_ = nullptr;
  onTimeout_ = nullptr;
  if (wasOpen && last) last();
  updateKeepAlive();
}

}  // namespace net
}  // namespace tsesp
