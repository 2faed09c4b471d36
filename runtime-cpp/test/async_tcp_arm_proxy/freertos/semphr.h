// Proxy of ESP-IDF's freertos/semphr.h for compile checks (declarations only).
#pragma once
#include "freertos/queue.h"

typedef QueueHandle_t SemaphoreHandle_t;
#define semGIVE_BLOCK_TIME ((TickType_t)0U)
#define xSemaphoreCreateMutex() xQueueCreateMutex(queueQUEUE_TYPE_MUTEX)
#define xSemaphoreCreateBinary() xQueueGenericCreate(1, 0, queueQUEUE_TYPE_BINARY_SEMAPHORE)
#define xSemaphoreTake(sem, ticks) xQueueSemaphoreTake((sem), (ticks))
#define xSemaphoreGive(sem) xQueueGenericSend((QueueHandle_t)(sem), NULL, semGIVE_BLOCK_TIME, queueSEND_TO_BACK)
