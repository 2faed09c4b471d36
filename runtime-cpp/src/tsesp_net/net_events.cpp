// The net event queue (net_events.h): a FIFO guarded by a FreeRTOS mutex, filled by AsyncTCP
// callbacks on the async_tcp task (and WiFi events on the core's event task) and drained by the TS
// loop, whose idle wait takes a binary semaphore that post() gives. FreeRTOS primitives (not
// std::mutex) so this compiles wherever AsyncTCP does: ESP-IDF, the PC port, the Cortex-M4 proxy.
#include "tsesp_net/net_events.h"

#include <deque>
#include <vector>

#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "tsesp/loop_sources.h"
#include "tsesp_net/net.h"

namespace tsesp {
namespace net {
namespace {

struct Queue {
  SemaphoreHandle_t lock = xSemaphoreCreateMutex();
  SemaphoreHandle_t posted = xSemaphoreCreateBinary();  // given by post(): "look at the queue"
  std::deque<NetEvent> events;
};

Queue& queue() {
  static Queue* instance = new Queue();  // never destroyed: tasks may still post while exit() runs
  return *instance;
}

// Holds the queue's mutex for a scope.
class Locked {
 public:
  explicit Locked(Queue& q) : q_(q) { xSemaphoreTake(q_.lock, portMAX_DELAY); }
  ~Locked() { xSemaphoreGive(q_.lock); }
  Locked(const Locked&) = delete;
  Locked& operator=(const Locked&) = delete;

 private:
  Queue& q_;
};

int liveHandles = 0;  // TS loop only

bool popOne(NetEvent* out) {
  Queue& q = queue();
  Locked lock(q);
  if (q.events.empty()) return false;
  *out = std::move(q.events.front());
  q.events.pop_front();
  return true;
}

void dispatch(NetEvent& e) {
  if (e.kind == NetEventKind::WifiConnected) return dispatchWifiConnected(e.data.c_str());
  if (e.kind == NetEventKind::WifiDisconnected) return dispatchWifiDisconnected(e.a);
  if (e.kind == NetEventKind::Accept) {
    Ref<Server> server(static_cast<Server*>(e.target));
    server->dispatchAccept(e.accepted);
    return;
  }
  Ref<Client> client(static_cast<Client*>(e.target));
  switch (e.kind) {
    case NetEventKind::Connected: return client->dispatchConnected();
    case NetEventKind::Data: return client->dispatchData(e.data.data(), e.data.size());
    case NetEventKind::Error: return client->dispatchError(e.a);
    case NetEventKind::Ack: return client->dispatchAck(static_cast<size_t>(e.a), e.b);
    case NetEventKind::Timeout: return client->dispatchTimeout(e.b);
    case NetEventKind::Poll: return client->dispatchPoll();
    case NetEventKind::Disconnected: return client->dispatchDisconnected();
    case NetEventKind::Accept:
    case NetEventKind::WifiConnected:
    case NetEventKind::WifiDisconnected: return;
  }
}

// Dispatches the events queued when the pass starts (later ones wait for the next pass, so timers
// are not starved by a busy connection).
void serviceNet() {
  size_t budget;
  {
    Queue& q = queue();
    Locked lock(q);
    budget = q.events.size();
  }
  NetEvent event;
  while (budget-- > 0 && popOne(&event)) dispatch(event);
}

bool netKeepsAlive() { return liveHandles > 0; }

// Returns when an event was posted (possibly one already dispatched: a spurious wake is harmless)
// or after `ms`. The binary semaphore latches a post() that happens before the take.
void waitNet(uint32_t ms) {
  Queue& q = queue();
  {
    Locked lock(q);
    if (!q.events.empty()) return;
  }
  xSemaphoreTake(q.posted, pdMS_TO_TICKS(ms));
}

const LoopSource netSource = {serviceNet, netKeepsAlive, waitNet};

}  // namespace

void postNetEvent(NetEvent event) {
  Queue& q = queue();
  {
    Locked lock(q);
    q.events.push_back(std::move(event));
  }
  xSemaphoreGive(q.posted);
}

void purgeNetEvents(const void* target) {
  std::vector<Client*> dropped;
  {
    Queue& q = queue();
    Locked lock(q);
    for (auto it = q.events.begin(); it != q.events.end();) {
      if (it->target != target) {
        ++it;
        continue;
      }
      if (it->kind == NetEventKind::Accept) dropped.push_back(it->accepted);
      it = q.events.erase(it);
    }
  }
  for (Client* c : dropped) Ref<Client> adopt(c, AdoptTag{});  // closes and frees it, unlocked
}

void ensureNetLoopSource() { registerLoopSource(&netSource); }

void addLiveHandle(int delta) { liveHandles += delta; }

}  // namespace net
}  // namespace tsesp
