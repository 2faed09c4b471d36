// Direct-to-task notifications on the PC port: give/take counting (the async_tcp task's wake-up),
// timeouts, notify-wait with bit actions, overwrite rules, and no lost wake-up under a storm.
#include <doctest/doctest.h>

#include <atomic>

#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "freertos/task.h"

namespace {

struct Storm {
  TaskHandle_t target;
  int gives;
  SemaphoreHandle_t done;
};

void giveStormTask(void *arg) {
  auto *storm = static_cast<Storm *>(arg);
  for (int i = 0; i < storm->gives; i++) xTaskNotifyGive(storm->target);
  xSemaphoreGive(storm->done);
  vTaskDelete(nullptr);
}

}  // namespace

TEST_CASE("gives accumulate; take returns the count and clears or decrements it") {
  TaskHandle_t me = xTaskGetCurrentTaskHandle();
  xTaskNotifyStateClear(me);
  ulTaskNotifyValueClear(me, 0xFFFFFFFF);
  xTaskNotifyGive(me);
  xTaskNotifyGive(me);
  xTaskNotifyGive(me);
  CHECK(ulTaskNotifyTake(pdFALSE, 0) == 3);
  CHECK(ulTaskNotifyTake(pdTRUE, 0) == 2);
  CHECK(ulTaskNotifyTake(pdTRUE, 0) == 0);
}

TEST_CASE("take times out with 0 after the given ticks") {
  TickType_t start = xTaskGetTickCount();
  CHECK(ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(30)) == 0);
  CHECK(xTaskGetTickCount() - start >= 30);
}

TEST_CASE("notify-wait sees set bits and clears on exit; without-overwrite refuses a pending value") {
  TaskHandle_t me = xTaskGetCurrentTaskHandle();
  ulTaskNotifyValueClear(me, 0xFFFFFFFF);
  xTaskNotifyStateClear(me);
  CHECK(xTaskNotify(me, 0x5, eSetBits) == pdPASS);
  CHECK(xTaskNotify(me, 0x10, eSetBits) == pdPASS);
  uint32_t value = 0;
  CHECK(xTaskNotifyWait(0, 0xFFFFFFFF, &value, 0) == pdTRUE);
  CHECK(value == 0x15);
  CHECK(xTaskNotifyWait(0, 0, &value, pdMS_TO_TICKS(10)) == pdFALSE);
  CHECK(xTaskNotify(me, 7, eSetValueWithoutOverwrite) == pdPASS);
  CHECK(xTaskNotify(me, 8, eSetValueWithoutOverwrite) == pdFAIL);
  uint32_t previous = 0;
  CHECK(xTaskNotifyAndQuery(me, 9, eSetValueWithOverwrite, &previous) == pdPASS);
  CHECK(previous == 7);
  CHECK(xTaskNotifyWait(0xFFFFFFFF, 0, &value, 0) == pdTRUE);  // pending: entry bits are not cleared
  CHECK(value == 9);
}

TEST_CASE("a blocked taker wakes for a give from another task") {
  Storm storm{xTaskGetCurrentTaskHandle(), 1, xSemaphoreCreateBinary()};
  ulTaskNotifyTake(pdTRUE, 0);
  REQUIRE(xTaskCreate(giveStormTask, "giver", 4096, &storm, 5, nullptr) == pdPASS);
  CHECK(ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(5000)) == 1);
  CHECK(xSemaphoreTake(storm.done, pdMS_TO_TICKS(5000)) == pdPASS);
  vSemaphoreDelete(storm.done);
}

TEST_CASE("no give is lost when two tasks give 50,000 times while the target drains") {
  Storm storm{xTaskGetCurrentTaskHandle(), 50000, xSemaphoreCreateCounting(2, 0)};
  ulTaskNotifyTake(pdTRUE, 0);
  REQUIRE(xTaskCreate(giveStormTask, "g1", 4096, &storm, 5, nullptr) == pdPASS);
  REQUIRE(xTaskCreate(giveStormTask, "g2", 4096, &storm, 5, nullptr) == pdPASS);
  uint64_t total = 0;
  while (total < 100000) {
    uint32_t got = ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(5000));
    REQUIRE(got > 0);
    total += got;
  }
  CHECK(total == 100000);
  CHECK(xSemaphoreTake(storm.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(xSemaphoreTake(storm.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(ulTaskNotifyTake(pdTRUE, 0) == 0);
  vSemaphoreDelete(storm.done);
}
