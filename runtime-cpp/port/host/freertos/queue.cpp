// FreeRTOS queues, semaphores and mutexes on the PC port (see freertos/queue.h, semphr.h): a ring
// of copied items under the kernel mutex; senders wait on `notFull`, receivers on `notEmpty`.
// Semaphores count zero-size items; mutexes also record their holder and recursion depth.
#include <new>

#include <string.h>

#include "freertos/queue.h"
#include "kernel.h"

using tsesp_freertos::blockUntil;
using tsesp_freertos::currentTaskLocked;
using tsesp_freertos::kernelMutex;

struct QueueDefinition {
  uint8_t type = queueQUEUE_TYPE_BASE;
  bool isStatic = false;      // object lives in the caller's StaticQueue_t
  bool ownsStorage = false;   // item ring allocated by us
  UBaseType_t length = 0;     // capacity, items
  UBaseType_t itemSize = 0;   // bytes
  UBaseType_t head = 0;       // index of the oldest item
  UBaseType_t count = 0;      // items waiting
  uint8_t *storage = nullptr;
  TaskHandle_t holder = nullptr;  // mutexes only
  UBaseType_t recursion = 0;      // recursive mutexes only
  std::condition_variable notEmpty;
  std::condition_variable notFull;
};

static_assert(sizeof(QueueDefinition) <= sizeof(StaticQueue_t), "StaticQueue_t too small");
static_assert(alignof(QueueDefinition) <= 16, "StaticQueue_t under-aligned");

namespace {

bool isMutex(const QueueDefinition *q) {
  return q->type == queueQUEUE_TYPE_MUTEX || q->type == queueQUEUE_TYPE_RECURSIVE_MUTEX;
}

QueueHandle_t createQueue(UBaseType_t length, UBaseType_t itemSize, uint8_t *storage, StaticQueue_t *buffer,
                          uint8_t type) {
  if (length == 0) return nullptr;
  QueueDefinition *q = buffer ? new (buffer) QueueDefinition() : new (std::nothrow) QueueDefinition();
  if (!q) return nullptr;
  q->type = type;
  q->isStatic = buffer != nullptr;
  q->length = length;
  q->itemSize = itemSize;
  if (itemSize > 0) {
    q->storage = storage;
    if (!q->storage) {
      q->storage = new (std::nothrow) uint8_t[static_cast<size_t>(length) * itemSize];
      q->ownsStorage = true;
    }
    if (!q->storage) {
      vQueueDelete(q);
      return nullptr;
    }
  }
  return q;
}

// Caller holds the kernel mutex and has checked there is room (or is overwriting).
void copyInLocked(QueueDefinition *q, const void *item, BaseType_t position) {
  if (position == queueOVERWRITE && q->count == q->length) {
    q->count--;  // FreeRTOS allows overwrite only on length-1 queues: drop the one item
  }
  UBaseType_t slot;
  if (position == queueSEND_TO_FRONT) {
    q->head = (q->head + q->length - 1) % q->length;
    slot = q->head;
  } else {
    slot = (q->head + q->count) % q->length;
  }
  if (q->itemSize && item) memcpy(q->storage + static_cast<size_t>(slot) * q->itemSize, item, q->itemSize);
  q->count++;
  q->notEmpty.notify_all();
}

// Caller holds the kernel mutex and has checked the queue is not empty.
void copyOutLocked(QueueDefinition *q, void *buffer, bool remove) {
  if (q->itemSize && buffer) memcpy(buffer, q->storage + static_cast<size_t>(q->head) * q->itemSize, q->itemSize);
  if (!remove) return;
  q->head = (q->head + 1) % q->length;
  q->count--;
  q->notFull.notify_all();
}

// Gives a mutex back; caller holds the kernel mutex. Giving a mutex another task holds fails
// configASSERT, as on ESP-IDF; giving a free mutex fails with pdFAIL.
BaseType_t giveMutexLocked(QueueDefinition *q) {
  if (q->count == q->length) return pdFAIL;
  configASSERT(q->holder == currentTaskLocked());
  q->holder = nullptr;
  q->recursion = 0;
  copyInLocked(q, nullptr, queueSEND_TO_BACK);
  return pdPASS;
}

BaseType_t sendLocked(std::unique_lock<std::mutex> &lock, QueueDefinition *q, const void *item, TickType_t ticks,
                      BaseType_t position) {
  if (isMutex(q)) return giveMutexLocked(q);
  if (position == queueOVERWRITE) {
    configASSERT(q->length == 1);
    copyInLocked(q, item, position);
    return pdPASS;
  }
  if (!blockUntil(lock, q->notFull, ticks, [q] { return q->count < q->length; })) return errQUEUE_FULL;
  copyInLocked(q, item, position);
  return pdPASS;
}

BaseType_t receiveLocked(std::unique_lock<std::mutex> &lock, QueueDefinition *q, void *buffer, TickType_t ticks,
                         bool remove) {
  if (!blockUntil(lock, q->notEmpty, ticks, [q] { return q->count > 0; })) return errQUEUE_EMPTY;
  copyOutLocked(q, buffer, remove);
  if (remove && isMutex(q)) {
    q->holder = currentTaskLocked();
    q->recursion = 1;
  }
  return pdPASS;
}

}  // namespace

extern "C" {

QueueHandle_t xQueueGenericCreate(const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize,
                                  const uint8_t ucQueueType) {
  return createQueue(uxQueueLength, uxItemSize, nullptr, nullptr, ucQueueType);
}

QueueHandle_t xQueueGenericCreateStatic(const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize,
                                        uint8_t *pucQueueStorage, StaticQueue_t *pxStaticQueue,
                                        const uint8_t ucQueueType) {
  configASSERT(pxStaticQueue != nullptr);
  configASSERT(uxItemSize == 0 || pucQueueStorage != nullptr);
  return createQueue(uxQueueLength, uxItemSize, pucQueueStorage, pxStaticQueue, ucQueueType);
}

QueueHandle_t xQueueCreateMutex(const uint8_t ucQueueType) { return xQueueCreateMutexStatic(ucQueueType, nullptr); }

QueueHandle_t xQueueCreateMutexStatic(const uint8_t ucQueueType, StaticQueue_t *pxStaticQueue) {
  QueueHandle_t q = createQueue(1, 0, nullptr, pxStaticQueue, ucQueueType);
  if (q) q->count = 1;  // a new mutex is available
  return q;
}

QueueHandle_t xQueueCreateCountingSemaphore(const UBaseType_t uxMaxCount, const UBaseType_t uxInitialCount) {
  return xQueueCreateCountingSemaphoreStatic(uxMaxCount, uxInitialCount, nullptr);
}

QueueHandle_t xQueueCreateCountingSemaphoreStatic(const UBaseType_t uxMaxCount, const UBaseType_t uxInitialCount,
                                                  StaticQueue_t *pxStaticQueue) {
  if (uxInitialCount > uxMaxCount) return nullptr;
  QueueHandle_t q = createQueue(uxMaxCount, 0, nullptr, pxStaticQueue, queueQUEUE_TYPE_COUNTING_SEMAPHORE);
  if (q) q->count = uxInitialCount;
  return q;
}

void vQueueDelete(QueueHandle_t xQueue) {
  if (!xQueue) return;
  if (xQueue->ownsStorage) delete[] xQueue->storage;
  if (xQueue->isStatic) {
    xQueue->~QueueDefinition();
  } else {
    delete xQueue;
  }
}

BaseType_t xQueueGenericSend(QueueHandle_t xQueue, const void *const pvItemToQueue, TickType_t xTicksToWait,
                             const BaseType_t xCopyPosition) {
  configASSERT(xQueue != nullptr);
  std::unique_lock<std::mutex> lock(kernelMutex());
  return sendLocked(lock, xQueue, pvItemToQueue, xTicksToWait, xCopyPosition);
}

BaseType_t xQueueGenericSendFromISR(QueueHandle_t xQueue, const void *const pvItemToQueue,
                                    BaseType_t *const pxHigherPriorityTaskWoken, const BaseType_t xCopyPosition) {
  if (pxHigherPriorityTaskWoken) *pxHigherPriorityTaskWoken = pdFALSE;
  return xQueueGenericSend(xQueue, pvItemToQueue, 0, xCopyPosition);
}

BaseType_t xQueueGiveFromISR(QueueHandle_t xQueue, BaseType_t *const pxHigherPriorityTaskWoken) {
  return xQueueGenericSendFromISR(xQueue, nullptr, pxHigherPriorityTaskWoken, queueSEND_TO_BACK);
}

BaseType_t xQueueReceive(QueueHandle_t xQueue, void *const pvBuffer, TickType_t xTicksToWait) {
  configASSERT(xQueue != nullptr);
  std::unique_lock<std::mutex> lock(kernelMutex());
  return receiveLocked(lock, xQueue, pvBuffer, xTicksToWait, true);
}

BaseType_t xQueuePeek(QueueHandle_t xQueue, void *const pvBuffer, TickType_t xTicksToWait) {
  configASSERT(xQueue != nullptr);
  std::unique_lock<std::mutex> lock(kernelMutex());
  return receiveLocked(lock, xQueue, pvBuffer, xTicksToWait, false);
}

BaseType_t xQueueReceiveFromISR(QueueHandle_t xQueue, void *const pvBuffer, BaseType_t *const pxHigherPriorityTaskWoken) {
  if (pxHigherPriorityTaskWoken) *pxHigherPriorityTaskWoken = pdFALSE;
  return xQueueReceive(xQueue, pvBuffer, 0);
}

BaseType_t xQueuePeekFromISR(QueueHandle_t xQueue, void *const pvBuffer) { return xQueuePeek(xQueue, pvBuffer, 0); }

BaseType_t xQueueSemaphoreTake(QueueHandle_t xQueue, TickType_t xTicksToWait) {
  return xQueueReceive(xQueue, nullptr, xTicksToWait);
}

BaseType_t xQueueTakeMutexRecursive(QueueHandle_t xMutex, TickType_t xTicksToWait) {
  configASSERT(xMutex != nullptr && xMutex->type == queueQUEUE_TYPE_RECURSIVE_MUTEX);
  std::unique_lock<std::mutex> lock(kernelMutex());
  if (xMutex->holder == currentTaskLocked()) {
    xMutex->recursion++;
    return pdPASS;
  }
  return receiveLocked(lock, xMutex, nullptr, xTicksToWait, true);
}

BaseType_t xQueueGiveMutexRecursive(QueueHandle_t xMutex) {
  configASSERT(xMutex != nullptr && xMutex->type == queueQUEUE_TYPE_RECURSIVE_MUTEX);
  std::lock_guard<std::mutex> lock(kernelMutex());
  if (xMutex->holder != currentTaskLocked()) return pdFAIL;
  if (--xMutex->recursion > 0) return pdPASS;
  return giveMutexLocked(xMutex);
}

TaskHandle_t xQueueGetMutexHolder(QueueHandle_t xSemaphore) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return isMutex(xSemaphore) ? xSemaphore->holder : nullptr;
}

UBaseType_t uxQueueMessagesWaiting(const QueueHandle_t xQueue) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return xQueue->count;
}

UBaseType_t uxQueueMessagesWaitingFromISR(const QueueHandle_t xQueue) { return uxQueueMessagesWaiting(xQueue); }

UBaseType_t uxQueueSpacesAvailable(const QueueHandle_t xQueue) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return xQueue->length - xQueue->count;
}

BaseType_t xQueueGenericReset(QueueHandle_t xQueue, BaseType_t xNewQueue) {
  (void)xNewQueue;
  std::lock_guard<std::mutex> lock(kernelMutex());
  xQueue->head = 0;
  xQueue->count = 0;
  xQueue->notFull.notify_all();
  return pdPASS;
}

BaseType_t xQueueIsQueueEmptyFromISR(const QueueHandle_t xQueue) {
  return uxQueueMessagesWaiting(xQueue) == 0 ? pdTRUE : pdFALSE;
}

BaseType_t xQueueIsQueueFullFromISR(const QueueHandle_t xQueue) {
  return uxQueueSpacesAvailable(xQueue) == 0 ? pdTRUE : pdFALSE;
}

}  // extern "C"
