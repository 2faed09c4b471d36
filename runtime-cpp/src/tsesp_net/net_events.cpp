// The net event queue (net_events.h): a mutex-guarded FIFO filled by AsyncTCP callbacks on the
// async_tcp task and drained by the TS loop, whose idle wait is a condition variable that post() signals.
#include "tsesp_net/net_events.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

#include "tsesp/loop_sources.h"
#include "tsesp_net/net.h"

namespace tsesp {
namespace net {
namespace {

struct Queue {
  std::mutex mutex;
  std::condition_variable posted;
  std::deque<NetEvent> events;
};

Queue& queue() {
  static Queue instance;
  return instance;
}

int liveHandles = 0;  // TS loop only

bool popOne(NetEvent* out) {
  Queue& q = queue();
  std::lock_guard<std::mutex> lock(q.mutex);
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
    std::lock_guard<std::mutex> lock(q.mutex);
    budget = q.events.size();
  }
  NetEvent event;
  while (budget-- > 0 && popOne(&event)) dispatch(event);
}

bool netKeepsAlive() { return liveHandles > 0; }

void waitNet(uint32_t ms) {
  Queue& q = queue();
  std::unique_lock<std::mutex> lock(q.mutex);
  q.posted.wait_for(lock, std::chrono::milliseconds(ms), [&q] { return !q.events.empty(); });
}

const LoopSource netSource = {serviceNet, netKeepsAlive, waitNet};

}  // namespace

void postNetEvent(NetEvent event) {
  Queue& q = queue();
  {
    std::lock_guard<std::mutex> lock(q.mutex);
    q.events.push_back(std::move(event));
  }
  q.posted.notify_one();
}

void purgeNetEvents(const void* target) {
  std::vector<Client*> dropped;
  {
    Queue& q = queue();
    std::lock_guard<std::mutex> lock(q.mutex);
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
