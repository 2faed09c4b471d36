// ESP-IDF high-resolution time on the PC port: microseconds since process start (port/host/clock.h),
// the same clock as micros() and the FreeRTOS tick. Calling context: any.
#pragma once

#include <stdint.h>

#include "clock.h"

static inline int64_t esp_timer_get_time(void) { return (int64_t)tsesp_host_uptime_us(); }
