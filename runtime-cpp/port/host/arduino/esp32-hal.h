// The parts of Arduino-ESP32's esp32-hal.h that libraries use on the PC port: the core the Arduino
// loop runs on and xTaskCreateUniversal (pinned when a core is given, as the core does).
// Calling context: any task.
#pragma once

#include "esp32-hal-log.h"
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"

#ifndef ARDUINO_RUNNING_CORE
#define ARDUINO_RUNNING_CORE 1
#endif
#ifndef ARDUINO_EVENT_RUNNING_CORE
#define ARDUINO_EVENT_RUNNING_CORE 1
#endif

static inline BaseType_t xTaskCreateUniversal(TaskFunction_t pxTaskCode, const char *const pcName,
                                              const uint32_t usStackDepth, void *const pvParameters,
                                              UBaseType_t uxPriority, TaskHandle_t *const pxCreatedTask,
                                              const BaseType_t xCoreID) {
  if (xCoreID >= 0 && xCoreID < portNUM_PROCESSORS) {
    return xTaskCreatePinnedToCore(pxTaskCode, pcName, usStackDepth, pvParameters, uxPriority, pxCreatedTask, xCoreID);
  }
  return xTaskCreate(pxTaskCode, pcName, usStackDepth, pvParameters, uxPriority, pxCreatedTask);
}
