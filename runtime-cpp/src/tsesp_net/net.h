// The TS networking API (compiler/lib/net.d.ts) on AsyncTCP: tsesp::net::Client is a TS AsyncClient,
// tsesp::net::Server a TS AsyncServer, wifi* the WiFi object. Internal to generated code.
// Calling context: every member here runs on the TS loop only. AsyncTCP's callbacks (async_tcp task)
// never call TS code: they copy what happened into a net event (net_events.h) and wake the loop,
// which dispatches it run-to-completion (DESIGN decision 4).
// Ownership: a TS value holds a Ref. An open connection with at least one callback installed holds a
// Ref to itself (as a Node socket stays alive), released after onDisconnect ran; a listening server
// with onClient does the same until end(). A client dropped with no callbacks is closed. The object
// owns its ::AsyncClient/::AsyncServer and deletes it in its destructor (no callback of it runs after).
// After close()/abort() or the disconnect, methods return 0/false/"" and only onDisconnect still runs
// (exactly once per connection). Received bytes reach onData as a fresh Uint8Array; write() takes
// a string (its UTF-8 bytes) or a Uint8Array (its bytes, any view).
#pragma once

#include <AsyncTCP.h>

#include <cstddef>
#include <type_traits>
#include <utility>

#include "tsesp/tsesp.h"
#include "tsesp/typed_array.h"
#include "tsesp/variant.h"

namespace tsesp {
namespace net {

// A TS callback may declare fewer parameters than the API passes (`client.onAck(() => pump())`):
// these adapt any callable taking a prefix of (A, B) to the full Function type.
template <typename A, typename F>
Function<void(A)> adaptCallback1(F f) {
  if constexpr (std::is_invocable<F&, A>::value) return Function<void(A)>(std::move(f));
  else return Function<void(A)>([f](A) mutable { f(); });
}
template <typename A, typename B, typename F>
Function<void(A, B)> adaptCallback2(F f) {
  if constexpr (std::is_invocable<F&, A, B>::value) return Function<void(A, B)>(std::move(f));
  else if constexpr (std::is_invocable<F&, A>::value) return Function<void(A, B)>([f](A a, B) mutable { f(a); });
  else return Function<void(A, B)>([f](A, B) mutable { f(); });
}

class Client final : public Object {
 public:
  Client();                                       // TS `new AsyncClient()`
  explicit Client(::AsyncClient* accepted);       // an accepted connection (built on the async_tcp task)
  ~Client() override;

  bool connect(const String& host, double port);
  void onConnect(const Function<void()>& cb);
  template <typename F>
  void onData(F cb) { setOnData(adaptCallback1<Uint8Array>(std::move(cb))); }
  template <typename F>
  void onError(F cb) { setOnError(adaptCallback2<double, String>(std::move(cb))); }
  template <typename F>
  void onAck(F cb) { setOnAck(adaptCallback2<double, double>(std::move(cb))); }
  template <typename F>
  void onTimeout(F cb) { setOnTimeout(adaptCallback1<double>(std::move(cb))); }
  void setOnData(const Function<void(Uint8Array)>& cb);
  void onDisconnect(const Function<void()>& cb);
  void setOnError(const Function<void(double, String)>& cb);
  void setOnAck(const Function<void(double, double)>& cb);
  void setOnTimeout(const Function<void(double)>& cb);
  void onPoll(const Function<void()>& cb);

  double write(const String& data);
  double write(const Uint8Array& data);
  /** A `string | Uint8Array` union value: written as the member it holds. */
  template <typename... Ts>
  double write(const Variant<Ts...>& data) {
    return data.visit([this](const auto& held) -> double { return write(held); });
  }
  double space() const;
  bool canSend() const;
  void close();
  void abort();
  void ackLater();
  double ack(double bytes);
  void setRxTimeout(double seconds);
  void setAckTimeout(double ms);
  void setNoDelay(bool noDelay);
  void setKeepAlive(double ms, double count);
  String remoteIP() const;
  double remotePort() const;
  String localIP() const;
  double localPort() const;
  bool connected() const;

  // Dispatch of one net event on the TS loop (net_events.cpp); the dispatcher holds a Ref.
  void dispatchAccepted();
  void dispatchConnected();
  void dispatchData(const char* bytes, size_t length);
  void dispatchError(int code);
  void dispatchAck(size_t length, uint32_t ms);
  void dispatchTimeout(uint32_t ms);
  void dispatchPoll();
  void dispatchDisconnected();

 private:
  void bindHandlers();
  void updateKeepAlive();
  bool live() const { return tcp_ != nullptr && open_ && !closing_; }
  bool hasCallbacks() const;

  ::AsyncClient* tcp_;
  bool open_ = false;      // connect() returned true or accepted, until onDisconnect ran
  bool closing_ = false;   // close()/abort() called: callbacks other than onDisconnect stop
  bool inData_ = false;    // inside onData (ackLater is meaningful)
  bool ackDeferred_ = false;
  Ref<Client> self_;       // the open connection's own count (see above)
  Function<void()> onConnect_, onDisconnect_, onPoll_;
  Function<void(Uint8Array)> onData_;
  Function<void(double, String)> onError_;
  Function<void(double, double)> onAck_;
  Function<void(double)> onTimeout_;
};

class Server final : public Object {
 public:
  explicit Server(double port);
  Server(double port, const String& address);
  ~Server() override;

  template <typename F>
  void onClient(F cb) { setOnClient(adaptCallback1<Ref<Client>>(std::move(cb))); }
  void setOnClient(const Function<void(Ref<Client>)>& cb);
  void begin();
  void end();
  void setNoDelay(bool noDelay);
  double status() const;

  void dispatchAccept(Client* adopted);  // TS loop; takes the creator's count of `adopted`

 private:
  void bindHandler();
  void updateKeepAlive();

  ::AsyncServer* tcp_;
  bool listening_ = false;
  Ref<Server> self_;
  Function<void(Ref<Client>)> onClient_;
};

// WiFi (net_wifi.cpp): the station interface. onConnect/onDisconnect callbacks run on the TS loop,
// fed by the core's WiFi events (STA_GOT_IP with the address, STA_DISCONNECTED with the reason).
// A begin() or disconnect() whose event is still on its way keeps the program running.
double wifiBegin(const String& ssid, const String& password);
double wifiStatus();
String wifiLocalIP();
bool wifiDisconnect();
void wifiSetOnConnect(const Function<void(String)>& cb);
void wifiSetOnDisconnect(const Function<void(double)>& cb);
template <typename F>
void wifiOnConnect(F cb) { wifiSetOnConnect(adaptCallback1<String>(std::move(cb))); }
template <typename F>
void wifiOnDisconnect(F cb) { wifiSetOnDisconnect(adaptCallback1<double>(std::move(cb))); }
void dispatchWifiConnected(const char* ip);   // TS loop (net_events.cpp)
void dispatchWifiDisconnected(int reason);    // TS loop (net_events.cpp)
constexpr double WL_IDLE_STATUS_ = 0;
constexpr double WL_CONNECTED_ = 3;
constexpr double WL_DISCONNECTED_ = 6;

}  // namespace net
}  // namespace tsesp
