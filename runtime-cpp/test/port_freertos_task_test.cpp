// FreeRTOS tasks on the PC port: create (plain and pinned), names, priorities, self-delete,
// deleting a blocked task, delays measured on the tick clock, adopted threads.
#include <doctest/doctest.h>

#include <string.h>

#include <atomic>
#include <thread>

#include "esp32-hal.h"
#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "freertos/task.h"

namespace {

struct Probe {
  SemaphoreHandle_t done;
  TaskHandle_t seenSelf = nullptr;
  char seenName[configMAX_TASK_NAME_LEN] = {};
  BaseType_t seenCore = -2;
  UBaseType_t seenPriority = 0;
};

void probeTask(void *arg) {
  auto *probe = static_cast<Probe *>(arg);
  probe->seenSelf = xTaskGetCurrentTaskHandle();
  strncpy(probe->seenName, pcTaskGetName(nullptr), sizeof probe->seenName - 1);
  probe->seenCore = xPortGetCoreID();
  probe->seenPriority = uxTaskPriorityGet(nullptr);
  xSemaphoreGive(probe->done);
  vTaskDelete(nullptr);
}

std::atomic<int> blockedTaskPastWait{0};

void blockForeverTask(void *arg) {
  auto *queue = static_cast<QueueHandle_t *>(arg);
  uint8_t item;
  xQueueReceive(*queue, &item, portMAX_DELAY);
  blockedTaskPastWait++;  // never reached: the task is deleted while it waits
  vTaskDelete(nullptr);
}

}  // namespace

TEST_CASE("a created task runs with its handle, name, priority and core") {
  Probe probe{xSemaphoreCreateBinary()};
  TaskHandle_t handle = nullptr;
  REQUIRE(xTaskCreatePinnedToCore(probeTask, "async_tcp", 8192 * 2, &probe, 10, &handle, 1) == pdPASS);
  REQUIRE(handle != nullptr);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(probe.seenSelf == handle);
  CHECK(strcmp(probe.seenName, "async_tcp") == 0);
  CHECK(probe.seenCore == 1);
  CHECK(probe.seenPriority == 10);
  vSemaphoreDelete(probe.done);
}

TEST_CASE("xTaskCreate has no affinity; long names are cut to configMAX_TASK_NAME_LEN - 1") {
  Probe probe{xSemaphoreCreateBinary()};
  REQUIRE(xTaskCreate(probeTask, "a-very-long-task-name", 4096, &probe, 3, nullptr) == pdPASS);
  REQUIRE(xSemaphoreTake(probe.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(strlen(probe.seenName) == configMAX_TASK_NAME_LEN - 1);
  CHECK(probe.seenCore == 0);
  vSemaphoreDelete(probe.done);
}

TEST_CASE("the main thread is adopted as loopTask and keeps its handle") {
  TaskHandle_t first = xTaskGetCurrentTaskHandle();
  CHECK(first != nullptr);
  CHECK(first == xTaskGetCurrentTaskHandle());
  CHECK(strcmp(pcTaskGetName(nullptr), "loopTask") == 0);
  CHECK(xTaskGetHandle("loopTask") == first);
}

TEST_CASE("a std::thread is adopted as a task and can be notified") {
  std::atomic<TaskHandle_t> handle{nullptr};
  std::atomic<uint32_t> got{0};
  std::thread t([&] {
    handle = xTaskGetCurrentTaskHandle();
    got = ulTaskNotifyTake(pdTRUE, pdMS_TO_TICKS(5000));
  });
  while (!handle.load()) vTaskDelay(1);
  xTaskNotifyGive(handle.load());
  t.join();
  CHECK(got.load() == 1);
}

TEST_CASE("deleting a task blocked on a queue ends it there") {
  static QueueHandle_t queue = xQueueCreate(1, 1);
  UBaseType_t before = uxTaskGetNumberOfTasks();
  TaskHandle_t handle = nullptr;
  REQUIRE(xTaskCreate(blockForeverTask, "blocked", 4096, &queue, 5, &handle) == pdPASS);
  while (xTaskGetHandle("blocked") == nullptr) vTaskDelay(1);
  vTaskDelay(pdMS_TO_TICKS(20));
  vTaskDelete(handle);
  for (int i = 0; i < 500 && uxTaskGetNumberOfTasks() > before; i++) vTaskDelay(pdMS_TO_TICKS(2));
  CHECK(uxTaskGetNumberOfTasks() == before);
  uint8_t item = 1;
  CHECK(xQueueSend(queue, &item, 0) == pdPASS);  // nobody takes it: the task is gone
  vTaskDelay(pdMS_TO_TICKS(20));
  CHECK(uxQueueMessagesWaiting(queue) == 1);
  CHECK(blockedTaskPastWait.load() == 0);
}

TEST_CASE("vTaskDelay and xTaskDelayUntil wait on the 1 kHz tick") {
  CHECK(pdMS_TO_TICKS(1000) == configTICK_RATE_HZ);
  CHECK(portTICK_PERIOD_MS == 1);
  TickType_t start = xTaskGetTickCount();
  vTaskDelay(pdMS_TO_TICKS(40));
  TickType_t waited = xTaskGetTickCount() - start;
  CHECK(waited >= 40);
  CHECK(waited < 1000);
  TickType_t wake = xTaskGetTickCount();
  for (int i = 0; i < 5; i++) xTaskDelayUntil(&wake, 10);
  CHECK(static_cast<int32_t>(xTaskGetTickCount() - wake) >= 0);
  CHECK(xTaskGetTickCount() - start >= 90);
}

TEST_CASE("critical sections nest and exclude other holders of the same mux") {
  static portMUX_TYPE mux = portMUX_INITIALIZER_UNLOCKED;
  static long counter = 0;
  auto worker = [](void *arg) {
    for (int i = 0; i < 100000; i++) {
      portENTER_CRITICAL(&mux);
      taskENTER_CRITICAL(&mux);
      counter++;
      taskEXIT_CRITICAL(&mux);
      portEXIT_CRITICAL(&mux);
    }
    xSemaphoreGive(static_cast<SemaphoreHandle_t>(arg));
    vTaskDelete(nullptr);
  };
  SemaphoreHandle_t done = xSemaphoreCreateCounting(2, 0);
  REQUIRE(xTaskCreate(worker, "w1", 4096, done, 1, nullptr) == pdPASS);
  REQUIRE(xTaskCreate(worker, "w2", 4096, done, 1, nullptr) == pdPASS);
  CHECK(xSemaphoreTake(done, pdMS_TO_TICKS(10000)) == pdPASS);
  CHECK(xSemaphoreTake(done, pdMS_TO_TICKS(10000)) == pdPASS);
  CHECK(counter == 200000);
  vSemaphoreDelete(done);
}

TEST_CASE("Arduino's xTaskCreateUniversal pins to a given core and not for -1") {
  Probe pinned{xSemaphoreCreateBinary()};
  REQUIRE(xTaskCreateUniversal(probeTask, "pinned", 4096, &pinned, 2, nullptr, ARDUINO_RUNNING_CORE) == pdPASS);
  REQUIRE(xSemaphoreTake(pinned.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(pinned.seenCore == ARDUINO_RUNNING_CORE);
  Probe free{xSemaphoreCreateBinary()};
  TaskHandle_t handle = nullptr;
  REQUIRE(xTaskCreateUniversal(probeTask, "free", 4096, &free, 2, &handle, -1) == pdPASS);
  REQUIRE(xSemaphoreTake(free.done, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(free.seenCore == 0);
  vSemaphoreDelete(pinned.done);
  vSemaphoreDelete(free.done);
}
