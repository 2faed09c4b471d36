// FreeRTOS port layer of the PC port (ESP-IDF flavour): base types, tick conversion and critical
// sections. A critical section is a recursive pthread mutex per portMUX_TYPE (ESP-IDF spinlocks take
// a mux argument; the global vTaskSuspendAll uses one process-wide mux). Nothing disables
// preemption on the PC: a critical section only excludes other holders of the same mux.
// Calling context: any thread. ISR variants behave as task variants (the PC has no interrupts).
#pragma once

#include <pthread.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int BaseType_t;
typedef unsigned int UBaseType_t;
typedef uint32_t TickType_t;
typedef uint8_t StackType_t;

#define portMAX_DELAY ((TickType_t)0xffffffffUL)
#define portTICK_PERIOD_MS ((TickType_t)1000 / configTICK_RATE_HZ)
#define portTICK_RATE_MS portTICK_PERIOD_MS
#define portNUM_PROCESSORS 2
#define portSTACK_TYPE uint8_t
#define portBASE_TYPE int

typedef struct {
  pthread_mutex_t mutex;  // recursive
} portMUX_TYPE;
#define portMUX_INITIALIZER_UNLOCKED {PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP}
#define portMUX_FREE_VAL 0

void vPortEnterCritical(portMUX_TYPE *mux);
void vPortExitCritical(portMUX_TYPE *mux);
void vPortYield(void);
BaseType_t xPortGetCoreID(void);
static inline void spinlock_initialize(portMUX_TYPE *mux) { pthread_mutex_t m = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP; mux->mutex = m; }
#define vPortCPUInitializeMutex(mux) spinlock_initialize(mux)

#define portENTER_CRITICAL(mux) vPortEnterCritical(mux)
#define portEXIT_CRITICAL(mux) vPortExitCritical(mux)
#define portENTER_CRITICAL_ISR(mux) vPortEnterCritical(mux)
#define portEXIT_CRITICAL_ISR(mux) vPortExitCritical(mux)
#define portENTER_CRITICAL_SAFE(mux) vPortEnterCritical(mux)
#define portEXIT_CRITICAL_SAFE(mux) vPortExitCritical(mux)
#define taskENTER_CRITICAL(mux) vPortEnterCritical(mux)
#define taskEXIT_CRITICAL(mux) vPortExitCritical(mux)
#define taskENTER_CRITICAL_ISR(mux) vPortEnterCritical(mux)
#define taskEXIT_CRITICAL_ISR(mux) vPortExitCritical(mux)

#define portYIELD() vPortYield()
#define portYIELD_FROM_ISR(...) ((void)0)
#define portEND_SWITCHING_ISR(x) ((void)(x))
#define xPortInIsrContext() (0)
#define xPortCanYield() (1)

#ifdef __cplusplus
}
#endif
