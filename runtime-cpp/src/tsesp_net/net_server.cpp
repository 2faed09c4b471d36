// tsesp::net::Server (net.h). AsyncServer's onClient runs on the async_tcp
// task: it wraps the connection in a Client at once (so no data is lost before TS sees it) and posts
// an Accept event; the TS loop hands the Client to the sketch's onClient.
#include <Arduino.h>

#include "tsesp_net/net.h"
#include "tsesp_net/net_events.h"

namespace tsesp {
namespace net {
namespace {

uint16_t toPort(double port) { return port >= 0 && port <= 65535 ? static_cast<uint16_t>(port) : 0; }

::AsyncServer* newServer(double port, const String* address) {
  IPAddress ip;
  if (address != nullptr && ip.fromString(address->c_str())) return new ::AsyncServer(ip, toPort(port));
  return new ::AsyncServer(toPort(port));
}

}  // namespace

Server::Server(double port) : tcp_(newServer(port, nullptr)) { bindHandler(); }
Server::Server(double port, const String& address) : tcp_(newServer(port, &address)) { bindHandler(); }

Server::~Server() {
  if (listening_) addLiveHandle(-1);
  delete tcp_;  // end(); waits for an onClient of it already running
  purgeNetEvents(this);
}

void Server::bindHandler() {
  ensureNetLoopSource();
  tcp_->onClient(
      [](void* self, ::AsyncClient* accepted) {
        Client* wrapped = new Client(accepted);  // one count, owned by the Accept event
        postNetEvent(NetEvent{NetEventKind::Accept, self, wrapped, std::string(), 0, 0});
      },
      this);
}

void Server::updateKeepAlive() {
  bool want = listening_ && static_cast<bool>(onClient_);
  if (want && !self_) {
    self_ = Ref<Server>(this);
  } else if (!want && self_) {
    Ref<Server> last = std::move(self_);
  }
}

void Server::setOnClient(const Function<void(Ref<Client>)>& cb) {
  onClient_ = cb;
  updateKeepAlive();
}

void Server::begin() {
  if (listening_) return;
  tcp_->begin();
  if (tcp_->status() == 0) return;
  listening_ = true;
  addLiveHandle(1);
  updateKeepAlive();
}

void Server::end() {
  if (!listening_) return;
  tcp_->end();
  listening_ = false;
  addLiveHandle(-1);
  purgeNetEvents(this);  // connections accepted but not yet handed over are closed
  updateKeepAlive();     // the caller holds a Ref: this is not the last count
}

void Server::setNoDelay(bool noDelay) { tcp_->setNoDelay(noDelay); }
double Server::status() const { return listening_ ? tcp_->status() : 0; }

void Server::dispatchAccept(Client* adopted) {
  Ref<Client> client(adopted, AdoptTag{});
  client->dispatchAccepted();
  if (listening_ && onClient_) onClient_(client);
  updateKeepAlive();
}

}  // namespace net
}  // namespace tsesp
