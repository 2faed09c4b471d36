// Proxy of ESP-IDF's esp_task_wdt.h for compile checks (declarations only).
#pragma once
#include "freertos/task.h"

typedef int esp_err_t;
#ifdef __cplusplus
extern "C" {
#endif
esp_err_t esp_task_wdt_add(TaskHandle_t task_handle);
esp_err_t esp_task_wdt_reset(void);
#ifdef __cplusplus
}
#endif
