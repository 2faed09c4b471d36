// The PC port's one clock: microseconds since process start on a monotonic clock. millis(),
// micros(), the FreeRTOS tick count and esp_timer_get_time() all read it, so they agree.
// Calling context: any thread.
#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

uint64_t tsesp_host_uptime_us(void);

#ifdef __cplusplus
}
#endif
