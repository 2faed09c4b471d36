// FreeRTOS kernel API on pthreads (the PC port), at ESP-IDF's include path. What is emulated and how
// is described in port/host/README.md: tasks are detached pthreads, every kernel object
// is guarded by one process-wide kernel mutex, priorities and core affinity are recorded but not
// enforced, stack depths are in bytes as in ESP-IDF. configASSERT failures print and abort().
// Calling context: any thread, including threads not created through xTaskCreate (the main
// thread, lwIP's tcpip thread), which are adopted as tasks on first use.
#pragma once

#include <stddef.h>
#include <stdint.h>

#define configTICK_RATE_HZ 1000
#define configMAX_PRIORITIES 25
#define configMINIMAL_STACK_SIZE 768
#define configMAX_TASK_NAME_LEN 16
#define configSTACK_DEPTH_TYPE uint32_t
#define configUSE_MUTEXES 1
#define configUSE_RECURSIVE_MUTEXES 1
#define configUSE_COUNTING_SEMAPHORES 1
#define configUSE_TASK_NOTIFICATIONS 1
#define configSUPPORT_DYNAMIC_ALLOCATION 1
#define configNUM_CORES portNUM_PROCESSORS
#define CONFIG_FREERTOS_HZ configTICK_RATE_HZ

#include "freertos/portmacro.h"

#ifdef __cplusplus
extern "C" {
#endif

void tsesp_freertos_assert_failed(const char *file, int line, const char *expression);

#ifdef __cplusplus
}
#endif

#define configASSERT(x) \
  ((x) ? (void)0 : tsesp_freertos_assert_failed(__FILE__, __LINE__, #x))

#define pdFALSE ((BaseType_t)0)
#define pdTRUE ((BaseType_t)1)
#define pdPASS pdTRUE
#define pdFAIL pdFALSE
#define errQUEUE_EMPTY ((BaseType_t)0)
#define errQUEUE_FULL ((BaseType_t)0)
#define errCOULD_NOT_ALLOCATE_REQUIRED_MEMORY (-1)
#define errQUEUE_BLOCKED (-4)
#define errQUEUE_YIELD (-5)

#define pdMS_TO_TICKS(ms) ((TickType_t)(((TickType_t)(ms) * (TickType_t)configTICK_RATE_HZ) / (TickType_t)1000U))
#define pdTICKS_TO_MS(ticks) ((TickType_t)(((uint64_t)(ticks) * 1000U) / configTICK_RATE_HZ))

#define tskNO_AFFINITY ((BaseType_t)0x7FFFFFFF)
#define tskIDLE_PRIORITY ((UBaseType_t)0U)
