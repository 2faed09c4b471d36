// FreeRTOS semaphores and mutexes on the PC port: queues of zero-size items (queue.h). Mutexes
// record their holder; giving a mutex held by another task fails configASSERT (abort), as on
// ESP-IDF. Priority inheritance is not emulated (Linux schedules the threads).
// Calling context: any thread; the FromISR variants never block.
#pragma once

#include "freertos/queue.h"

typedef QueueHandle_t SemaphoreHandle_t;
typedef SemaphoreHandle_t xSemaphoreHandle;
typedef StaticQueue_t StaticSemaphore_t;

#define semGIVE_BLOCK_TIME ((TickType_t)0U)

#define xSemaphoreCreateBinary() xQueueGenericCreate(1, 0, queueQUEUE_TYPE_BINARY_SEMAPHORE)
#define xSemaphoreCreateBinaryStatic(buffer) \
  xQueueGenericCreateStatic(1, 0, NULL, (buffer), queueQUEUE_TYPE_BINARY_SEMAPHORE)
#define vSemaphoreCreateBinary(sem)                                             \
  do {                                                                          \
    (sem) = xQueueGenericCreate(1, 0, queueQUEUE_TYPE_BINARY_SEMAPHORE);        \
    if ((sem) != NULL) (void)xQueueGenericSend((sem), NULL, 0, queueSEND_TO_BACK); \
  } while (0)
#define xSemaphoreCreateMutex() xQueueCreateMutex(queueQUEUE_TYPE_MUTEX)
#define xSemaphoreCreateMutexStatic(buffer) xQueueCreateMutexStatic(queueQUEUE_TYPE_MUTEX, (buffer))
#define xSemaphoreCreateRecursiveMutex() xQueueCreateMutex(queueQUEUE_TYPE_RECURSIVE_MUTEX)
#define xSemaphoreCreateRecursiveMutexStatic(buffer) xQueueCreateMutexStatic(queueQUEUE_TYPE_RECURSIVE_MUTEX, (buffer))
#define xSemaphoreCreateCounting(max, initial) xQueueCreateCountingSemaphore((max), (initial))
#define xSemaphoreCreateCountingStatic(max, initial, buffer) \
  xQueueCreateCountingSemaphoreStatic((max), (initial), (buffer))

#define xSemaphoreTake(sem, ticks) xQueueSemaphoreTake((sem), (ticks))
#define xSemaphoreGive(sem) xQueueGenericSend((sem), NULL, semGIVE_BLOCK_TIME, queueSEND_TO_BACK)
#define xSemaphoreTakeRecursive(mutex, ticks) xQueueTakeMutexRecursive((mutex), (ticks))
#define xSemaphoreGiveRecursive(mutex) xQueueGiveMutexRecursive((mutex))
#define xSemaphoreGiveFromISR(sem, woken) xQueueGiveFromISR((sem), (woken))
#define xSemaphoreTakeFromISR(sem, woken) xQueueReceiveFromISR((sem), NULL, (woken))
#define vSemaphoreDelete(sem) vQueueDelete((QueueHandle_t)(sem))
#define uxSemaphoreGetCount(sem) uxQueueMessagesWaiting((QueueHandle_t)(sem))
#define xSemaphoreGetMutexHolder(sem) xQueueGetMutexHolder((sem))
