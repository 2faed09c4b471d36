// FreeRTOS queues on the PC port: FIFO/front/overwrite order, timeouts, blocking hand-off between
// tasks, and many producers against one consumer with nothing lost or duplicated.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/semphr.h"
#include "freertos/task.h"

namespace {

struct Producer {
  QueueHandle_t queue;
  uint32_t base;
  uint32_t count;
  SemaphoreHandle_t done;
};

void producerTask(void *arg) {
  auto *p = static_cast<Producer *>(arg);
  for (uint32_t i = 0; i < p->count; i++) {
    uint32_t value = p->base + i;
    REQUIRE(xQueueSend(p->queue, &value, portMAX_DELAY) == pdPASS);
  }
  xSemaphoreGive(p->done);
  vTaskDelete(nullptr);
}

}  // namespace

TEST_CASE("items come out in FIFO order; send-to-front jumps the line") {
  QueueHandle_t q = xQueueCreate(4, sizeof(int));
  REQUIRE(q != nullptr);
  int values[] = {1, 2, 3};
  for (int v : values) CHECK(xQueueSend(q, &v, 0) == pdPASS);
  int front = 0;
  CHECK(xQueueSendToFront(q, &front, 0) == pdPASS);
  CHECK(uxQueueMessagesWaiting(q) == 4);
  CHECK(uxQueueSpacesAvailable(q) == 0);
  int extra = 9;
  CHECK(xQueueSend(q, &extra, 0) == errQUEUE_FULL);
  int out = -1;
  CHECK(xQueuePeek(q, &out, 0) == pdPASS);
  CHECK(out == 0);
  for (int expected : {0, 1, 2, 3}) {
    CHECK(xQueueReceive(q, &out, 0) == pdPASS);
    CHECK(out == expected);
  }
  CHECK(xQueueReceive(q, &out, 0) == errQUEUE_EMPTY);
  vQueueDelete(q);
}

TEST_CASE("overwrite replaces the single item of a length-1 queue") {
  QueueHandle_t q = xQueueCreate(1, sizeof(int));
  int a = 1, b = 2, out = 0;
  CHECK(xQueueOverwrite(q, &a) == pdPASS);
  CHECK(xQueueOverwrite(q, &b) == pdPASS);
  CHECK(uxQueueMessagesWaiting(q) == 1);
  CHECK(xQueueReceive(q, &out, 0) == pdPASS);
  CHECK(out == 2);
  vQueueDelete(q);
}

TEST_CASE("receive and send time out after the given ticks") {
  QueueHandle_t q = xQueueCreate(1, sizeof(int));
  int out = 0;
  TickType_t start = xTaskGetTickCount();
  CHECK(xQueueReceive(q, &out, pdMS_TO_TICKS(50)) == errQUEUE_EMPTY);
  TickType_t waited = xTaskGetTickCount() - start;
  CHECK(waited >= 50);
  CHECK(waited < 1000);
  int v = 5;
  CHECK(xQueueSend(q, &v, 0) == pdPASS);
  start = xTaskGetTickCount();
  CHECK(xQueueSend(q, &v, pdMS_TO_TICKS(30)) == errQUEUE_FULL);
  CHECK(xTaskGetTickCount() - start >= 30);
  xQueueReset(q);
  CHECK(uxQueueMessagesWaiting(q) == 0);
  vQueueDelete(q);
}

TEST_CASE("a blocked receiver wakes when another task sends") {
  QueueHandle_t q = xQueueCreate(2, sizeof(uint32_t));
  SemaphoreHandle_t done = xSemaphoreCreateBinary();
  Producer p{q, 100, 1, done};
  REQUIRE(xTaskCreate(producerTask, "producer", 4096, &p, 5, nullptr) == pdPASS);
  uint32_t out = 0;
  CHECK(xQueueReceive(q, &out, pdMS_TO_TICKS(5000)) == pdPASS);
  CHECK(out == 100);
  CHECK(xSemaphoreTake(done, pdMS_TO_TICKS(5000)) == pdPASS);
  vSemaphoreDelete(done);
  vQueueDelete(q);
}

TEST_CASE("four producers through a short queue: every item arrives exactly once") {
  constexpr uint32_t kPerProducer = 20000;
  constexpr int kProducers = 4;
  QueueHandle_t q = xQueueCreate(8, sizeof(uint32_t));
  SemaphoreHandle_t done = xSemaphoreCreateCounting(kProducers, 0);
  std::vector<Producer> producers;
  for (int i = 0; i < kProducers; i++) producers.push_back({q, i * kPerProducer, kPerProducer, done});
  for (auto &p : producers) REQUIRE(xTaskCreatePinnedToCore(producerTask, "producer", 4096, &p, 5, nullptr, 1) == pdPASS);
  std::vector<uint32_t> lastSeen(kProducers, UINT32_MAX);
  std::vector<uint8_t> seen(kProducers * kPerProducer, 0);
  for (uint32_t n = 0; n < kProducers * kPerProducer; n++) {
    uint32_t v = 0;
    REQUIRE(xQueueReceive(q, &v, pdMS_TO_TICKS(10000)) == pdPASS);
    REQUIRE(v < seen.size());
    CHECK(seen[v] == 0);
    seen[v] = 1;
    uint32_t producer = v / kPerProducer;
    if (lastSeen[producer] != UINT32_MAX) CHECK(v == lastSeen[producer] + 1);  // per-producer FIFO
    lastSeen[producer] = v;
  }
  for (int i = 0; i < kProducers; i++) CHECK(xSemaphoreTake(done, pdMS_TO_TICKS(5000)) == pdPASS);
  uint32_t extra;
  CHECK(xQueueReceive(q, &extra, 0) == errQUEUE_EMPTY);
  vSemaphoreDelete(done);
  vQueueDelete(q);
}

TEST_CASE("a static queue lives in the caller's buffers") {
  static StaticQueue_t control;
  static uint8_t storage[3 * sizeof(uint16_t)];
  QueueHandle_t q = xQueueCreateStatic(3, sizeof(uint16_t), storage, &control);
  REQUIRE(q == reinterpret_cast<QueueHandle_t>(&control));
  uint16_t v = 0xBEEF, out = 0;
  CHECK(xQueueSend(q, &v, 0) == pdPASS);
  CHECK(xQueueReceive(q, &out, 0) == pdPASS);
  CHECK(out == 0xBEEF);
  vQueueDelete(q);
}
