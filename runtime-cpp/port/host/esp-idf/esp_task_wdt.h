// ESP-IDF task watchdog on the PC port: there is no watchdog on the host (spec section 9), so
// subscribing, feeding and unsubscribing succeed and do nothing. Calling context: any task.
#pragma once

#include <stdbool.h>

#include "esp_err.h"
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"

#ifdef __cplusplus
extern "C" {
#endif

static inline esp_err_t esp_task_wdt_add(TaskHandle_t task) { (void)task; return ESP_OK; }
static inline esp_err_t esp_task_wdt_delete(TaskHandle_t task) { (void)task; return ESP_OK; }
static inline esp_err_t esp_task_wdt_reset(void) { return ESP_OK; }
static inline esp_err_t esp_task_wdt_status(TaskHandle_t task) { (void)task; return ESP_OK; }
static inline esp_err_t esp_task_wdt_deinit(void) { return ESP_OK; }

#ifdef __cplusplus
}
#endif
