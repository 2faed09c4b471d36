// Internal to the FreeRTOS emulation (port/host/freertos), do not include from sketches.
// The kernel state: one process-wide mutex guards every task, queue and notification; each blocked
// task waits on one condition variable (its own for delays and notifications, the object's for
// queues) and records it in `blockedOn`, so vTaskDelete can wake it to end it.
// Calling context: any thread; functions named *Locked need the kernel mutex held.
#pragma once

#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "freertos/FreeRTOS.h"
#include "freertos/task.h"

enum class NotifyState : uint8_t { kNotWaiting, kWaiting, kReceived };

struct tskTaskControlBlock {
  char name[configMAX_TASK_NAME_LEN] = {};
  TaskFunction_t function = nullptr;
  void *parameter = nullptr;
  UBaseType_t priority = 0;
  BaseType_t core = tskNO_AFFINITY;
  uint32_t stackBytes = 0;  // as requested, bytes
  bool adopted = false;     // a thread not created by xTaskCreate
  bool deleteRequested = false;
  uint32_t notifyValue = 0;
  NotifyState notifyState = NotifyState::kNotWaiting;
  std::condition_variable wake;                // delays and notifications wait here
  std::condition_variable *blockedOn = nullptr;  // where the task waits now, if it does
};

namespace tsesp_freertos {

std::mutex &kernelMutex();

// The calling thread's task, adopting the thread if it was not created by xTaskCreate.
TaskHandle_t currentTaskLocked();

// Ends the calling thread if its task was deleted by another task. Releases `lock` first.
void exitIfDeleteRequested(std::unique_lock<std::mutex> &lock, TaskHandle_t self);

// Blocks the calling task on `cv` until `ready()` holds or `ticks` pass (portMAX_DELAY: forever).
// Returns ready(). Ends the thread instead if the task is deleted while blocked.
template <class Ready>
bool blockUntil(std::unique_lock<std::mutex> &lock, std::condition_variable &cv, TickType_t ticks, Ready ready) {
  if (ready()) return true;
  if (ticks == 0) return false;
  TaskHandle_t self = currentTaskLocked();
  exitIfDeleteRequested(lock, self);
  self->blockedOn = &cv;
  auto wakeCondition = [&] { return ready() || self->deleteRequested; };
  if (ticks == portMAX_DELAY) {
    cv.wait(lock, wakeCondition);
  } else {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(pdTICKS_TO_MS(ticks));
    cv.wait_until(lock, deadline, wakeCondition);
  }
  self->blockedOn = nullptr;
  exitIfDeleteRequested(lock, self);
  return ready();
}

}  // namespace tsesp_freertos
