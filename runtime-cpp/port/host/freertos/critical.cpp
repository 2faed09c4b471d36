// Critical sections and scheduler suspension on the PC port: recursive mutexes (see portmacro.h).
// They exclude other holders of the same mux only; other threads keep running.
#include <sched.h>

#include "kernel.h"

namespace {
portMUX_TYPE schedulerMux = portMUX_INITIALIZER_UNLOCKED;
}

extern "C" {

void vPortEnterCritical(portMUX_TYPE *mux) { pthread_mutex_lock(&mux->mutex); }

void vPortExitCritical(portMUX_TYPE *mux) { pthread_mutex_unlock(&mux->mutex); }

void vPortYield(void) { sched_yield(); }

BaseType_t xPortGetCoreID(void) {
  std::lock_guard<std::mutex> lock(tsesp_freertos::kernelMutex());
  BaseType_t core = tsesp_freertos::currentTaskLocked()->core;
  return (core == 0 || core == 1) ? core : 0;
}

void vTaskSuspendAll(void) { vPortEnterCritical(&schedulerMux); }

BaseType_t xTaskResumeAll(void) {
  vPortExitCritical(&schedulerMux);
  return pdFALSE;
}

}  // extern "C"
