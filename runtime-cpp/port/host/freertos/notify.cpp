// Direct-to-task notifications (one slot per task, index 0) on the PC port: the value and state
// live in the TCB under the kernel mutex; a waiting task sleeps on its own `wake` variable.
// Semantics follow FreeRTOS: any notification marks the task "received" and wakes a waiter.
#include "kernel.h"

using tsesp_freertos::currentTaskLocked;
using tsesp_freertos::kernelMutex;

namespace {

// Caller holds the kernel mutex.
BaseType_t notifyLocked(TaskHandle_t task, uint32_t value, eNotifyAction action, uint32_t *previous) {
  configASSERT(task != nullptr);
  if (previous) *previous = task->notifyValue;
  NotifyState before = task->notifyState;
  BaseType_t result = pdPASS;
  switch (action) {
    case eSetBits: task->notifyValue |= value; break;
    case eIncrement: task->notifyValue++; break;
    case eSetValueWithOverwrite: task->notifyValue = value; break;
    case eSetValueWithoutOverwrite:
      if (before != NotifyState::kReceived) task->notifyValue = value;
      else result = pdFAIL;
      break;
    case eNoAction: break;
  }
  task->notifyState = NotifyState::kReceived;
  if (before == NotifyState::kWaiting) task->wake.notify_all();
  return result;
}

}  // namespace

extern "C" {

BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify, uint32_t ulValue,
                              eNotifyAction eAction, uint32_t *pulPreviousNotificationValue) {
  configASSERT(uxIndexToNotify < configTASK_NOTIFICATION_ARRAY_ENTRIES);
  std::lock_guard<std::mutex> lock(kernelMutex());
  return notifyLocked(xTaskToNotify, ulValue, eAction, pulPreviousNotificationValue);
}

BaseType_t xTaskGenericNotifyFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify, uint32_t ulValue,
                                     eNotifyAction eAction, uint32_t *pulPreviousNotificationValue,
                                     BaseType_t *pxHigherPriorityTaskWoken) {
  if (pxHigherPriorityTaskWoken) *pxHigherPriorityTaskWoken = pdFALSE;
  return xTaskGenericNotify(xTaskToNotify, uxIndexToNotify, ulValue, eAction, pulPreviousNotificationValue);
}

void vTaskGenericNotifyGiveFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                   BaseType_t *pxHigherPriorityTaskWoken) {
  if (pxHigherPriorityTaskWoken) *pxHigherPriorityTaskWoken = pdFALSE;
  (void)xTaskGenericNotify(xTaskToNotify, uxIndexToNotify, 0, eIncrement, nullptr);
}

uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit, TickType_t xTicksToWait) {
  configASSERT(uxIndexToWaitOn < configTASK_NOTIFICATION_ARRAY_ENTRIES);
  std::unique_lock<std::mutex> lock(kernelMutex());
  TaskHandle_t me = currentTaskLocked();
  if (me->notifyValue == 0) {
    me->notifyState = NotifyState::kWaiting;
    tsesp_freertos::blockUntil(lock, me->wake, xTicksToWait,
                               [me] { return me->notifyState == NotifyState::kReceived; });
  }
  uint32_t value = me->notifyValue;
  if (value != 0) me->notifyValue = xClearCountOnExit ? 0 : value - 1;
  me->notifyState = NotifyState::kNotWaiting;
  return value;
}

BaseType_t xTaskGenericNotifyWait(UBaseType_t uxIndexToWaitOn, uint32_t ulBitsToClearOnEntry,
                                  uint32_t ulBitsToClearOnExit, uint32_t *pulNotificationValue,
                                  TickType_t xTicksToWait) {
  configASSERT(uxIndexToWaitOn < configTASK_NOTIFICATION_ARRAY_ENTRIES);
  std::unique_lock<std::mutex> lock(kernelMutex());
  TaskHandle_t me = currentTaskLocked();
  if (me->notifyState != NotifyState::kReceived) {
    me->notifyValue &= ~ulBitsToClearOnEntry;
    me->notifyState = NotifyState::kWaiting;
    tsesp_freertos::blockUntil(lock, me->wake, xTicksToWait,
                               [me] { return me->notifyState == NotifyState::kReceived; });
  }
  if (pulNotificationValue) *pulNotificationValue = me->notifyValue;
  BaseType_t received = me->notifyState == NotifyState::kReceived ? pdTRUE : pdFALSE;
  if (received) me->notifyValue &= ~ulBitsToClearOnExit;
  me->notifyState = NotifyState::kNotWaiting;
  return received;
}

BaseType_t xTaskGenericNotifyStateClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear) {
  configASSERT(uxIndexToClear < configTASK_NOTIFICATION_ARRAY_ENTRIES);
  std::lock_guard<std::mutex> lock(kernelMutex());
  TaskHandle_t task = xTask ? xTask : currentTaskLocked();
  if (task->notifyState != NotifyState::kReceived) return pdFAIL;
  task->notifyState = NotifyState::kNotWaiting;
  return pdPASS;
}

uint32_t ulTaskGenericNotifyValueClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear, uint32_t ulBitsToClear) {
  configASSERT(uxIndexToClear < configTASK_NOTIFICATION_ARRAY_ENTRIES);
  std::lock_guard<std::mutex> lock(kernelMutex());
  TaskHandle_t task = xTask ? xTask : currentTaskLocked();
  uint32_t before = task->notifyValue;
  task->notifyValue &= ~ulBitsToClear;
  return before;
}

}  // extern "C"
