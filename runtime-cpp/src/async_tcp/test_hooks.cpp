// Allocation-failure injection per event kind and the queue/lock-mode test hooks (test_hooks.h).
#include "test_hooks.h"

#include <atomic>

#include "event_queue.h"
#include "tcpip_call.h"

namespace {
constexpr int kKinds = static_cast<int>(AsyncTcpEventKind::Count);
std::atomic<uint32_t> g_failNext[kKinds];
std::atomic<uint32_t> g_failed[kKinds];
}  // namespace

namespace async_tcp {

bool allocationAllowed(AsyncTcpEventKind kind) {
#if TSESP_ASYNC_TCP_TEST_HOOKS
  auto &armed = g_failNext[static_cast<int>(kind)];
  uint32_t left = armed.load(std::memory_order_relaxed);
  while (left > 0) {
    if (armed.compare_exchange_weak(left, left - 1, std::memory_order_relaxed)) {
      g_failed[static_cast<int>(kind)].fetch_add(1, std::memory_order_relaxed);
      return false;
    }
  }
#else
  (void)kind;
#endif
  return true;
}

}  // namespace async_tcp

namespace async_tcp_test {

void failAllocations(AsyncTcpEventKind kind, uint32_t count) {
  g_failNext[static_cast<int>(kind)].store(count, std::memory_order_relaxed);
}

uint32_t failedAllocations(AsyncTcpEventKind kind) {
  return g_failed[static_cast<int>(kind)].load(std::memory_order_relaxed);
}

void resetFaultInjection() {
  for (int i = 0; i < kKinds; ++i) {
    g_failNext[i].store(0, std::memory_order_relaxed);
    g_failed[i].store(0, std::memory_order_relaxed);
  }
}

uint32_t queuedEvents() {
  async_tcp::EventQueueLock lock;
  return static_cast<uint32_t>(async_tcp::queuedEventsLocked());
}

void setUseCoreLock(bool useCoreLock) { async_tcp::setUseCoreLock(useCoreLock); }
bool usesCoreLock() { return async_tcp::usesCoreLock(); }

}  // namespace async_tcp_test
