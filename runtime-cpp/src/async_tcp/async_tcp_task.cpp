// The async_tcp task: drains the event queue and runs every user callback (async_tcp task context).
// Started lazily by the first connect() or AsyncServer::begin(); never stopped.
#include <atomic>

#include "detail.h"
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"
#if CONFIG_ASYNC_TCP_USE_WDT && __has_include("esp_task_wdt.h")
#include "esp_task_wdt.h"
#define ASYNC_TCP_HAS_WDT 1
#else
#define ASYNC_TCP_HAS_WDT 0
#endif

namespace async_tcp {
namespace {

std::atomic<TaskHandle_t> g_task{nullptr};
std::atomic<const void *> g_dispatchingFor{nullptr};  // client (or server, for Accept) in dispatch
std::atomic<int> g_startState{0};  // 0 = not started, 1 = starting, 2 = running, 3 = failed

uint32_t idleWaitMs() {
#if ASYNC_TCP_HAS_WDT && defined(CONFIG_ESP_TASK_WDT_TIMEOUT_S)
  return CONFIG_ESP_TASK_WDT_TIMEOUT_S * 1000 / 4;
#else
  return UINT32_MAX;
#endif
}

void feedWatchdog() {
#if ASYNC_TCP_HAS_WDT
  esp_task_wdt_reset();
#endif
}

void runAsyncTcpTask(void *) {
  setEventConsumer(xTaskGetCurrentTaskHandle());
#if ASYNC_TCP_HAS_WDT
  esp_task_wdt_add(nullptr);
#endif
  for (;;) {
    DispatchItem item;
    bool popped;
    {
      EventQueueLock lock;  // set under the lock that purges take: see waitWhileDispatching()
      popped = popEventLocked(&item);
      if (popped) {
        const void *owner = item.kind == AsyncTcpEventKind::Accept ? static_cast<const void *>(item.server)
                                                                   : static_cast<const void *>(item.client);
        g_dispatchingFor.store(owner, std::memory_order_release);
      }
    }
    if (popped) {
      AsyncTCP_detail::dispatch(item);
      g_dispatchingFor.store(nullptr, std::memory_order_release);
      feedWatchdog();
      continue;
    }
    waitForEvents(idleWaitMs());
    feedWatchdog();
  }
}

bool createTask(TaskHandle_t *handle) {
#if !defined(CONFIG_FREERTOS_UNICORE) && (CONFIG_ASYNC_TCP_RUNNING_CORE == 0 || CONFIG_ASYNC_TCP_RUNNING_CORE == 1)
  return xTaskCreatePinnedToCore(runAsyncTcpTask, "async_tcp", CONFIG_ASYNC_TCP_STACK_SIZE, nullptr,
                                 CONFIG_ASYNC_TCP_PRIORITY, handle, CONFIG_ASYNC_TCP_RUNNING_CORE) == pdPASS;
#else
  return xTaskCreate(runAsyncTcpTask, "async_tcp", CONFIG_ASYNC_TCP_STACK_SIZE, nullptr,
                     CONFIG_ASYNC_TCP_PRIORITY, handle) == pdPASS;
#endif
}

}  // namespace

bool startAsyncTask() {
  for (;;) {
    int state = g_startState.load(std::memory_order_acquire);
    if (state == 2) return true;
    if (state == 1) {
      vTaskDelay(1);
      continue;
    }
    if (g_startState.compare_exchange_strong(state, 1, std::memory_order_acq_rel)) break;
  }
  TaskHandle_t handle = nullptr;
  bool ok = initEventQueue() && createTask(&handle);
  if (ok) g_task.store(handle, std::memory_order_release);
  g_startState.store(ok ? 2 : 0, std::memory_order_release);  // a failed start may be retried
  return ok;
}

void waitWhileDispatching(const void *owner) {
  if (isAsyncTaskThread()) return;
  while (g_dispatchingFor.load(std::memory_order_acquire) == owner) vTaskDelay(1);
}

bool isAsyncTaskThread() {
  TaskHandle_t task = g_task.load(std::memory_order_acquire);
  return task && task == xTaskGetCurrentTaskHandle();
}

}  // namespace async_tcp

void AsyncTCP_detail::dispatch(const async_tcp::DispatchItem &item) {
  switch (item.kind) {
    case AsyncTcpEventKind::Connected: dispatchConnected(item.client); break;
    case AsyncTcpEventKind::Accept: dispatchAccept(item.server, item.client); break;
    case AsyncTcpEventKind::Recv: dispatchRecv(item.client, item.pb); break;
    case AsyncTcpEventKind::Sent: dispatchSent(item.client, item.bytes); break;
    case AsyncTcpEventKind::Poll: dispatchPoll(item.client); break;
    case AsyncTcpEventKind::Terminal: dispatchTerminal(item.client, item.reason, item.err); break;
    case AsyncTcpEventKind::Count: break;
  }
}
