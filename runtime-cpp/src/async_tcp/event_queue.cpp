// Event FIFO (event_queue.h): producers are lwIP callback shims on the tcpip thread and the public
// API (close/abort queue terminal events); the only consumer is the async_tcp task.
#include "event_queue.h"

#include <atomic>

#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "freertos/task.h"
#include "lwip/pbuf.h"

namespace async_tcp {
namespace {

std::atomic<SemaphoreHandle_t> g_mutex{nullptr};
std::atomic<TaskHandle_t> g_consumer{nullptr};
AsyncTcpEvent *g_head = nullptr;  // guarded by g_mutex
AsyncTcpEvent *g_tail = nullptr;
size_t g_size = 0;

void unlinkAfterLocked(AsyncTcpEvent *prev, AsyncTcpEvent *node) {
  AsyncTcpEvent *next = node->next;
  if (prev) prev->next = next;
  else g_head = next;
  if (g_tail == node) g_tail = prev;
  node->next = nullptr;
  node->queued = false;
  --g_size;
}

}  // namespace

bool initEventQueue() {
  if (g_mutex.load(std::memory_order_acquire)) return true;
  static std::atomic<bool> creating{false};
  while (creating.exchange(true, std::memory_order_acquire)) vTaskDelay(1);
  if (!g_mutex.load(std::memory_order_relaxed)) {
    SemaphoreHandle_t m = xSemaphoreCreateMutex();
    g_mutex.store(m, std::memory_order_release);
  }
  creating.store(false, std::memory_order_release);
  return g_mutex.load(std::memory_order_acquire) != nullptr;
}

void lockEventQueue() {
  if (!initEventQueue()) return;
  xSemaphoreTake(g_mutex.load(std::memory_order_acquire), portMAX_DELAY);
}

void unlockEventQueue() {
  SemaphoreHandle_t m = g_mutex.load(std::memory_order_acquire);
  if (m) xSemaphoreGive(m);
}

void pushEventLocked(AsyncTcpEvent *event) {
  if (event->queued) return;
  event->next = nullptr;
  event->queued = true;
  if (g_tail) g_tail->next = event;
  else g_head = event;
  g_tail = event;
  ++g_size;
}

bool popEventLocked(DispatchItem *out) {
  AsyncTcpEvent *node = g_head;
  if (!node) return false;
  unlinkAfterLocked(nullptr, node);
  *out = DispatchItem{node->kind, node->reason, node->err, node->bytes, node->client, node->server, node->pb};
  node->pb = nullptr;
  node->bytes = 0;
  node->err = 0;
  if (node->heap) delete node;
  return true;
}

size_t queuedEventsLocked() { return g_size; }

AsyncTcpEvent *purgeClientEventsLocked(AsyncClient *client, bool includeTerminal, uint32_t *recvBytes) {
  AsyncTcpEvent *removed = nullptr;
  AsyncTcpEvent *prev = nullptr;
  uint32_t bytes = 0;
  for (AsyncTcpEvent *node = g_head; node;) {
    AsyncTcpEvent *next = node->next;
    bool match = node->client == client &&
                 (includeTerminal || node->kind != AsyncTcpEventKind::Terminal);
    if (!match) {
      prev = node;
      node = next;
      continue;
    }
    unlinkAfterLocked(prev, node);
    if (node->heap) {
      if (node->pb) bytes += node->pb->tot_len;
      node->next = removed;
      removed = node;
    } else {
      node->bytes = 0;
    }
    node = next;
  }
  if (recvBytes) *recvBytes = bytes;
  return removed;
}

AsyncTcpEvent *takeServerAcceptsLocked(AsyncServer *server) {
  AsyncTcpEvent *taken = nullptr;
  AsyncTcpEvent *prev = nullptr;
  for (AsyncTcpEvent *node = g_head; node;) {
    AsyncTcpEvent *next = node->next;
    if (node->kind == AsyncTcpEventKind::Accept && node->server == server) {
      unlinkAfterLocked(prev, node);
      node->next = taken;
      taken = node;
    } else {
      prev = node;
    }
    node = next;
  }
  return taken;
}

void freeRecvNodes(AsyncTcpEvent *chain) {
  while (chain) {
    AsyncTcpEvent *next = chain->next;
    if (chain->pb) pbuf_free(chain->pb);
    delete chain;
    chain = next;
  }
}

void setEventConsumer(void *taskHandle) {
  g_consumer.store(static_cast<TaskHandle_t>(taskHandle), std::memory_order_release);
}

void wakeEventConsumer() {
  TaskHandle_t task = g_consumer.load(std::memory_order_acquire);
  if (task) xTaskNotifyGive(task);
}

bool waitForEvents(uint32_t timeoutMs) {
  TickType_t ticks = timeoutMs == UINT32_MAX ? portMAX_DELAY : pdMS_TO_TICKS(timeoutMs);
  return ulTaskNotifyTake(pdTRUE, ticks) != 0;
}

}  // namespace async_tcp
