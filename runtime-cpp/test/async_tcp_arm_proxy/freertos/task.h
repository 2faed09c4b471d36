// Proxy of ESP-IDF's freertos/task.h for compile checks (declarations only).
#pragma once
#include "freertos/FreeRTOS.h"

#ifdef __cplusplus
extern "C" {
#endif

struct tskTaskControlBlock;
typedef struct tskTaskControlBlock *TaskHandle_t;
typedef void (*TaskFunction_t)(void *);
typedef enum { eNoAction = 0, eSetBits, eIncrement, eSetValueWithOverwrite, eSetValueWithoutOverwrite } eNotifyAction;

BaseType_t xTaskCreatePinnedToCore(TaskFunction_t pxTaskCode, const char *const pcName, const uint32_t usStackDepth,
                                   void *const pvParameters, UBaseType_t uxPriority, TaskHandle_t *const pxCreatedTask,
                                   const BaseType_t xCoreID);
void vTaskDelay(const TickType_t xTicksToDelay);
TaskHandle_t xTaskGetCurrentTaskHandle(void);
char *pcTaskGetName(TaskHandle_t xTaskToQuery);
BaseType_t xTaskGenericNotify(TaskHandle_t xTaskToNotify, UBaseType_t uxIndexToNotify, uint32_t ulValue,
                              eNotifyAction eAction, uint32_t *pulPreviousNotificationValue);
uint32_t ulTaskGenericNotifyTake(UBaseType_t uxIndexToWaitOn, BaseType_t xClearCountOnExit, TickType_t xTicksToWait);

#ifdef __cplusplus
}
#endif

#define tskDEFAULT_INDEX_TO_NOTIFY 0
#define xTaskCreate(fn, name, stack, param, prio, handle) \
  xTaskCreatePinnedToCore((fn), (name), (stack), (param), (prio), (handle), tskNO_AFFINITY)
#define xTaskNotifyGive(task) xTaskGenericNotify((task), tskDEFAULT_INDEX_TO_NOTIFY, 0, eIncrement, NULL)
#define ulTaskNotifyTake(clear, ticks) ulTaskGenericNotifyTake(tskDEFAULT_INDEX_TO_NOTIFY, (clear), (ticks))
