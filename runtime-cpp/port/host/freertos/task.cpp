// FreeRTOS tasks on pthreads (see freertos/task.h for what is emulated). Every TCB is listed in the
// registry while its thread lives; the thread frees its own TCB when it ends. The kernel mutex and
// the registry are never destroyed, so tasks still running while the process exits stay safe.
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <algorithm>
#include <vector>

#include "clock.h"
#include "kernel.h"

namespace tsesp_freertos {
namespace {

std::vector<TaskHandle_t> &registryLocked() {
  static auto *tasks = new std::vector<TaskHandle_t>();
  return *tasks;
}

void unregisterLocked(TaskHandle_t task) {
  auto &tasks = registryLocked();
  tasks.erase(std::remove(tasks.begin(), tasks.end(), task), tasks.end());
}

bool isMainThread() { return syscall(SYS_gettid) == getpid(); }

// The calling thread's TCB. Freed when the thread ends, except the main thread's, which other
// threads may still notify while exit() runs.
struct SelfSlot {
  TaskHandle_t task = nullptr;
  ~SelfSlot() {
    if (!task || isMainThread()) return;
    {
      std::lock_guard<std::mutex> lock(kernelMutex());
      unregisterLocked(task);
    }
    delete task;
  }
};
thread_local SelfSlot self;

void copyName(TaskHandle_t task, const char *name) {
  snprintf(task->name, sizeof task->name, "%s", name ? name : "");
}

void *runTask(void *argument) {
  TaskHandle_t task = static_cast<TaskHandle_t>(argument);
  self.task = task;
  {
    std::unique_lock<std::mutex> lock(kernelMutex());
    exitIfDeleteRequested(lock, task);
  }
  task->function(task->parameter);
  fprintf(stderr, "FreeRTOS: task \"%s\" returned from its function; aborting (as ESP-IDF does)\n", task->name);
  abort();
}

// TSESP_TASK_TRACE=1: one stderr line per created task (see freertos/task.h).
void traceCreated(const char *name, uint32_t stackBytes, UBaseType_t priority, BaseType_t core) {
  const char *trace = getenv("TSESP_TASK_TRACE");
  if (!trace || strcmp(trace, "1") != 0) return;
  char coreText[16];
  if (core == 0 || core == 1) snprintf(coreText, sizeof coreText, "%d", static_cast<int>(core));
  else snprintf(coreText, sizeof coreText, "any");
  fprintf(stderr, "FreeRTOS: created task \"%s\": stack %u bytes, priority %u, core %s\n", name ? name : "",
          static_cast<unsigned>(stackBytes), static_cast<unsigned>(priority), coreText);
}

}  // namespace

std::mutex &kernelMutex() {
  static auto *mutex = new std::mutex();
  return *mutex;
}

TaskHandle_t currentTaskLocked() {
  if (self.task) return self.task;
  TaskHandle_t task = new tskTaskControlBlock();
  task->adopted = true;
  copyName(task, isMainThread() ? "loopTask" : "pthread");
  task->priority = 1;
  registryLocked().push_back(task);
  self.task = task;
  return task;
}

void exitIfDeleteRequested(std::unique_lock<std::mutex> &lock, TaskHandle_t task) {
  if (!task->deleteRequested) return;
  unregisterLocked(task);
  lock.unlock();
  pthread_exit(nullptr);
}

}  // namespace tsesp_freertos

using tsesp_freertos::currentTaskLocked;
using tsesp_freertos::kernelMutex;

extern "C" {

void tsesp_freertos_assert_failed(const char *file, int line, const char *expression) {
  fprintf(stderr, "FreeRTOS: assert failed: %s (%s:%d)\n", expression, file, line);
  abort();
}

BaseType_t xTaskCreatePinnedToCore(TaskFunction_t pvTaskCode, const char *const pcName, const uint32_t usStackDepth,
                                   void *const pvParameters, UBaseType_t uxPriority, TaskHandle_t *const pvCreatedTask,
                                   const BaseType_t xCoreID) {
  configASSERT(pvTaskCode != nullptr);
  TaskHandle_t task = new tskTaskControlBlock();
  tsesp_freertos::copyName(task, pcName);
  task->function = pvTaskCode;
  task->parameter = pvParameters;
  task->priority = uxPriority < configMAX_PRIORITIES ? uxPriority : configMAX_PRIORITIES - 1;
  task->core = xCoreID;
  task->stackBytes = usStackDepth;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, std::max<size_t>(usStackDepth, TSESP_HOST_MIN_TASK_STACK));
  pthread_t thread;
  std::unique_lock<std::mutex> lock(kernelMutex());
  tsesp_freertos::registryLocked().push_back(task);
  if (pvCreatedTask) *pvCreatedTask = task;
  int rc = pthread_create(&thread, &attr, tsesp_freertos::runTask, task);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    tsesp_freertos::unregisterLocked(task);
    if (pvCreatedTask) *pvCreatedTask = nullptr;
    lock.unlock();
    delete task;
    return errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY;
  }
  tsesp_freertos::traceCreated(pcName, usStackDepth, uxPriority, xCoreID);
  return pdPASS;
}

void vTaskDelete(TaskHandle_t xTaskToDelete) {
  std::unique_lock<std::mutex> lock(kernelMutex());
  TaskHandle_t me = currentTaskLocked();
  TaskHandle_t task = xTaskToDelete ? xTaskToDelete : me;
  task->deleteRequested = true;
  if (task == me) tsesp_freertos::exitIfDeleteRequested(lock, me);
  task->wake.notify_all();
  if (task->blockedOn) task->blockedOn->notify_all();
}

void vTaskDelay(const TickType_t xTicksToDelay) {
  if (xTicksToDelay == 0) {
    sched_yield();
    return;
  }
  std::unique_lock<std::mutex> lock(kernelMutex());
  TaskHandle_t me = currentTaskLocked();
  tsesp_freertos::blockUntil(lock, me->wake, xTicksToDelay, [] { return false; });
}

BaseType_t xTaskDelayUntil(TickType_t *const pxPreviousWakeTime, const TickType_t xTimeIncrement) {
  configASSERT(pxPreviousWakeTime != nullptr);
  TickType_t target = *pxPreviousWakeTime + xTimeIncrement;
  TickType_t now = xTaskGetTickCount();
  *pxPreviousWakeTime = target;
  int32_t remaining = static_cast<int32_t>(target - now);
  if (remaining <= 0) return pdFALSE;
  vTaskDelay(static_cast<TickType_t>(remaining));
  return pdTRUE;
}

TickType_t xTaskGetTickCount(void) {
  return static_cast<TickType_t>(tsesp_host_uptime_us() / (1000000u / configTICK_RATE_HZ));
}

TickType_t xTaskGetTickCountFromISR(void) { return xTaskGetTickCount(); }

TaskHandle_t xTaskGetCurrentTaskHandle(void) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return currentTaskLocked();
}

TaskHandle_t xTaskGetCurrentTaskHandleForCPU(BaseType_t cpuid) {
  (void)cpuid;
  return xTaskGetCurrentTaskHandle();
}

TaskHandle_t xTaskGetHandle(const char *pcNameToQuery) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  for (TaskHandle_t task : tsesp_freertos::registryLocked()) {
    if (strncmp(task->name, pcNameToQuery, sizeof task->name - 1) == 0) return task;
  }
  return nullptr;
}

char *pcTaskGetName(TaskHandle_t xTaskToQuery) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  TaskHandle_t task = xTaskToQuery ? xTaskToQuery : currentTaskLocked();
  return task->name;
}

UBaseType_t uxTaskPriorityGet(TaskHandle_t xTask) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return (xTask ? xTask : currentTaskLocked())->priority;
}

void vTaskPrioritySet(TaskHandle_t xTask, UBaseType_t uxNewPriority) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  (xTask ? xTask : currentTaskLocked())->priority =
      uxNewPriority < configMAX_PRIORITIES ? uxNewPriority : configMAX_PRIORITIES - 1;
}

BaseType_t xTaskGetAffinity(TaskHandle_t xTask) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return (xTask ? xTask : currentTaskLocked())->core;
}

UBaseType_t uxTaskGetNumberOfTasks(void) {
  std::lock_guard<std::mutex> lock(kernelMutex());
  return static_cast<UBaseType_t>(tsesp_freertos::registryLocked().size());
}

}  // extern "C"
