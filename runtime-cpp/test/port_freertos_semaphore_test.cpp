// FreeRTOS semaphores and mutexes on the PC port: binary and counting limits, mutex ownership and
// exclusion between tasks, recursive mutexes, timeouts.
#include <doctest/doctest.h>

#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "freertos/task.h"

namespace {

struct Shared {
  SemaphoreHandle_t mutex;
  SemaphoreHandle_t done;
  long counter = 0;
  int iterations = 0;
};

void incrementTask(void *arg) {
  auto *shared = static_cast<Shared *>(arg);
  for (int i = 0; i < shared->iterations; i++) {
    REQUIRE(xSemaphoreTake(shared->mutex, portMAX_DELAY) == pdPASS);
    long v = shared->counter;
    if ((i & 255) == 0) vTaskDelay(0);
    shared->counter = v + 1;
    xSemaphoreGive(shared->mutex);
  }
  xSemaphoreGive(shared->done);
  vTaskDelete(nullptr);
}

struct HolderProbe {
  SemaphoreHandle_t mutex;
  SemaphoreHandle_t done;
  BaseType_t takeResult = -1;
};

void tryTakeTask(void *arg) {
  auto *probe = static_cast<HolderProbe *>(arg);
  probe->takeResult = xSemaphoreTake(probe->mutex, pdMS_TO_TICKS(30));
  xSemaphoreGive(probe->done);
  vTaskDelete(nullptr);
}

}  // namespace

TEST_CASE("a binary semaphore starts empty and holds at most one give") {
  SemaphoreHandle_t sem = xSemaphoreCreateBinary();
  CHECK(xSemaphoreTake(sem, 0) == pdFAIL);
  CHECK(xSemaphoreGive(sem) == pdPASS);
  CHECK(xSemaphoreGive(sem) == pdFAIL);
  CHECK(uxSemaphoreGetCount(sem) == 1);
  CHECK(xSemaphoreTake(sem, 0) == pdPASS);
  TickType_t start = xTaskGetTickCount();
  CHECK(xSemaphoreTake(sem, pdMS_TO_TICKS(25)) == pdFAIL);
  CHECK(xTaskGetTickCount() - start >= 25);
  vSemaphoreDelete(sem);
}

TEST_CASE("a counting semaphore counts between 0 and its maximum") {
  SemaphoreHandle_t sem = xSemaphoreCreateCounting(3, 2);
  CHECK(uxSemaphoreGetCount(sem) == 2);
  CHECK(xSemaphoreGive(sem) == pdPASS);
  CHECK(xSemaphoreGive(sem) == pdFAIL);
  for (int i = 0; i < 3; i++) CHECK(xSemaphoreTake(sem, 0) == pdPASS);
  CHECK(xSemaphoreTake(sem, 0) == pdFAIL);
  CHECK(xSemaphoreCreateCounting(1, 2) == nullptr);
  vSemaphoreDelete(sem);
}

TEST_CASE("a mutex records its holder and excludes other tasks") {
  HolderProbe probe{xSemaphoreCreateMutex(), xSemaphoreCreateBinary()};
  CHECK(xSemaphoreGetMutexHolder(probe.mutex) == nullptr);
  REQUIRE(xSemaphoreTake(probe.mutex, 0) == pdPASS);
  CHECK(xSemaphoreGetMutexHolder(probe.mutex) == xTaskGetCurrentTaskHandle());
  REQUIRE(xTaskCreate(tryTakeTask, "contender", 4096, &probe, 5, nullptr) == pdPASS);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(probe.takeResult == pdFAIL);
  CHECK(xSemaphoreGive(probe.mutex) == pdPASS);
  CHECK(xSemaphoreGive(probe.mutex) == pdFAIL);  // already free
  REQUIRE(xTaskCreate(tryTakeTask, "contender", 4096, &probe, 5, nullptr) == pdPASS);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(probe.takeResult == pdPASS);
  vSemaphoreDelete(probe.mutex);
  vSemaphoreDelete(probe.done);
}

TEST_CASE("three tasks increment under one mutex without losing an update") {
  Shared shared{xSemaphoreCreateMutex(), xSemaphoreCreateCounting(3, 0)};
  shared.iterations = 20000;
  for (int i = 0; i < 3; i++) REQUIRE(xTaskCreate(incrementTask, "inc", 4096, &shared, 5, nullptr) == pdPASS);
  for (int i = 0; i < 3; i++) REQUIRE(xSemaphoreTake(shared.done, pdMS_TO_TICKS(20000)) == pdPASS);
  CHECK(shared.counter == 60000);
  vSemaphoreDelete(shared.mutex);
  vSemaphoreDelete(shared.done);
}

TEST_CASE("a recursive mutex is released only by the last give of its holder") {
  HolderProbe probe{xSemaphoreCreateRecursiveMutex(), xSemaphoreCreateBinary()};
  CHECK(xSemaphoreTakeRecursive(probe.mutex, 0) == pdPASS);
  CHECK(xSemaphoreTakeRecursive(probe.mutex, 0) == pdPASS);
  CHECK(xSemaphoreGiveRecursive(probe.mutex) == pdPASS);
  CHECK(xSemaphoreGetMutexHolder(probe.mutex) == xTaskGetCurrentTaskHandle());
  auto tryRecursive = [](void *arg) {
    auto *p = static_cast<HolderProbe *>(arg);
    p->takeResult = xSemaphoreTakeRecursive(p->mutex, pdMS_TO_TICKS(30));
    if (p->takeResult == pdPASS) xSemaphoreGiveRecursive(p->mutex);
    CHECK(xSemaphoreGiveRecursive(p->mutex) == pdFAIL);  // not the holder (any more)
    xSemaphoreGive(p->done);
    vTaskDelete(nullptr);
  };
  REQUIRE(xTaskCreate(tryRecursive, "contender", 4096, &probe, 5, nullptr) == pdPASS);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(probe.takeResult == pdFAIL);
  CHECK(xSemaphoreGiveRecursive(probe.mutex) == pdPASS);
  CHECK(xSemaphoreGetMutexHolder(probe.mutex) == nullptr);
  REQUIRE(xTaskCreate(tryRecursive, "contender", 4096, &probe, 5, nullptr) == pdPASS);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(probe.takeResult == pdPASS);
  vSemaphoreDelete(probe.mutex);
  vSemaphoreDelete(probe.done);
}

TEST_CASE("static semaphores live in the caller's buffer") {
  static StaticSemaphore_t buffer;
  SemaphoreHandle_t mutex = xSemaphoreCreateMutexStatic(&buffer);
  CHECK(mutex == reinterpret_cast<SemaphoreHandle_t>(&buffer));
  CHECK(xSemaphoreTake(mutex, 0) == pdPASS);
  CHECK(xSemaphoreGive(mutex) == pdPASS);
  vSemaphoreDelete(mutex);
}
