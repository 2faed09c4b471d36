// FreeRTOS tasks and direct-to-task notifications on pthreads (PC port, ESP-IDF signatures).
// - A task is a detached pthread. Its stack depth is in bytes (ESP-IDF); the host thread gets at
//   least TSESP_HOST_MIN_TASK_STACK bytes because glibc and the sanitizers need more than a device.
// - Priority and core are recorded (uxTaskPriorityGet, xTaskGetAffinity) but Linux schedules.
//   TSESP_TASK_TRACE=1 in the environment prints each created task's name, stack, priority and core
//   to stderr (how tests see that CONFIG_ASYNC_TCP_* build flags reached the runtime library).
// - vTaskDelete(NULL) ends the calling thread at once. Deleting another task is deferred: the task
//   ends when it next blocks in or calls into this kernel (delay, queue, semaphore, notification).
// - A task function that returns aborts the process, as ESP-IDF does.
// - Threads not created here (main, lwIP's tcpip thread, std::thread) become tasks on first use of
//   xTaskGetCurrentTaskHandle or a notification; the main thread is named "loopTask".
// Calling context: any thread. Handles of deleted tasks must not be used (as on FreeRTOS).
#pragma once

#include "freertos/FreeRTOS.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TSESP_HOST_MIN_TASK_STACK (512u * 1024u)
#define tskDEFAULT_INDEX_TO_NOTIFY 0
#define configTASK_NOTIFICATION_ARRAY_ENTRIES 1

typedef void (*TaskFunction_t)(void *);
typedef struct tskTaskControlBlock *TaskHandle_t;
typedef TaskHandle_t xTaskHandle;

typedef enum {
  eNoAction = 0,
  eSetBits,
  eIncrement,
  eSetValueWithOverwrite,
  eSetValueWithoutOverwrite
} eNotifyAction;

BaseType_t xTaskCreatePinnedToCore(TaskFunction_t pvTaskCode, const char *const pcName,
                                   const uint32_t usStackDepth, void *const pvParameters,
                                   UBaseType_t uxPriority, TaskHandle_t *const pvCreatedTask,
                                   const BaseType_t xCoreID);
static inline BaseType_t xTaskCreate(TaskFunction_t pvTaskCode, const char *const pcName,
                                     const configSTACK_DEPTH_TYPE usStackDepth, void *const pvParameters,
                                     UBaseType_t uxPriority, TaskHandle_t *const pxCreatedTask) {
  return xTaskCreatePinnedToCore(pvTaskCode, pcName, usStackDepth, pvParameters, uxPriority,
                                 pxCreatedTask, tskNO_AFFINITY);
}
void vTaskDelete(TaskHandle_t xTaskToDelete);
void vTaskDelay(const TickType_t xTicksToDelay);
BaseType_t xTaskDelayUntil(TickType_t *const pxPreviousWakeTime, const TickType_t xTimeIncrement);
#define vTaskDelayUntil(prev, inc) ((void)xTaskDelayUntil((prev), (inc)))

TickType_t xTaskGetTickCount(void);
TickType_t xTaskGetTickCountFromISR(void);
TaskHandle_t xTaskGetCurrentTaskHandle(void);
TaskHandle_t xTaskGetCurrentTaskHandleForCPU(BaseType_t cpuid);
TaskHandle_t xTaskGetHandle(const char *pcNameToQuery);
char *pcTaskGetName(TaskHandle_t xTaskToQuery);
#define pcTaskGetTaskName pcTaskGetName
UBaseType_t uxTaskPriorityGet(TaskHandle_t xTask);
void vTaskPrioritySet(TaskHandle_t xTask, UBaseType_t uxNewPriority);
BaseType_t xTaskGetAffinity(TaskHandle_t xTask);
UBaseType_t uxTaskGetNumberOfTasks(void);

void vTaskSuspendAll(void);
BaseType_t xTaskResumeAll(void);
#define taskYIELD() vPortYield()
#define taskDISABLE_INTERRUPTS() ((void)0)
#define taskENABLE_INTERRUPTS() ((void)0)

BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify, uint32_t ulValue,
                              eNotifyAction eAction, uint32_t *pulPreviousNotificationValue);
BaseType_t xTaskGenericNotifyFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                     uint32_t ulValue, eNotifyAction eAction,
                                     uint32_t *pulPreviousNotificationValue,
                                     BaseType_t *pxHigherPriorityTaskWoken);
void vTaskGenericNotifyGiveFromISR(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify,
                                   BaseType_t *pxHigherPriorityTaskWoken);
uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit,
                                 TickType_t xTicksToWait);
BaseType_t xTaskGenericNotifyWait(UBaseType_t uxIndexToWaitOn, uint32_t ulBitsToClearOnEntry,
                                  uint32_t ulBitsToClearOnExit, uint32_t *pulNotificationValue,
                                  TickType_t xTicksToWait);
BaseType_t xTaskGenericNotifyStateClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear);
uint32_t ulTaskGenericNotifyValueClear(TaskHandle_t xTask, UBaseType_t uxIndexToClear, uint32_t ulBitsToClear);

#define xTaskNotify(task, value, action) \
  xTaskGenericNotify((task), tskDEFAULT_INDEX_TO_NOTIFY, (value), (action), NULL)
#define xTaskNotifyIndexed(task, index, value, action) xTaskGenericNotify((task), (index), (value), (action), NULL)
#define xTaskNotifyAndQuery(task, value, action, previous) \
  xTaskGenericNotify((task), tskDEFAULT_INDEX_TO_NOTIFY, (value), (action), (previous))
#define xTaskNotifyGive(task) xTaskGenericNotify((task), tskDEFAULT_INDEX_TO_NOTIFY, 0, eIncrement, NULL)
#define xTaskNotifyGiveIndexed(task, index) xTaskGenericNotify((task), (index), 0, eIncrement, NULL)
#define xTaskNotifyFromISR(task, value, action, woken) \
  xTaskGenericNotifyFromISR((task), tskDEFAULT_INDEX_TO_NOTIFY, (value), (action), NULL, (woken))
#define xTaskNotifyAndQueryFromISR(task, value, action, previous, woken) \
  xTaskGenericNotifyFromISR((task), tskDEFAULT_INDEX_TO_NOTIFY, (value), (action), (previous), (woken))
#define vTaskNotifyGiveFromISR(task, woken) \
  vTaskGenericNotifyGiveFromISR((task), tskDEFAULT_INDEX_TO_NOTIFY, (woken))
#define ulTaskNotifyTake(clear, ticks) ulTaskGenericNotifyTake(tskDEFAULT_INDEX_TO_NOTIFY, (clear), (ticks))
#define ulTaskNotifyTakeIndexed(index, clear, ticks) ulTaskGenericNotifyTake((index), (clear), (ticks))
#define xTaskNotifyWait(entry, exit, value, ticks) \
  xTaskGenericNotifyWait(tskDEFAULT_INDEX_TO_NOTIFY, (entry), (exit), (value), (ticks))
#define xTaskNotifyStateClear(task) xTaskGenericNotifyStateClear((task), tskDEFAULT_INDEX_TO_NOTIFY)
#define ulTaskNotifyValueClear(task, bits) ulTaskGenericNotifyValueClear((task), tskDEFAULT_INDEX_TO_NOTIFY, (bits))

#ifdef __cplusplus
}
#endif
