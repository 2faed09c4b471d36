// AsyncTCP logging (public, as upstream's AsyncTCPLogging.h): async_tcp_log_e/w/i/d/v(format, ...)
// with printf-style arguments, routed by build flags (pass them as global -D flags):
//   CONFIG_ASYNC_TCP_LOG_CUSTOM  the user's "AsyncTCPLoggingCustom.h" defines the five macros;
//   CONFIG_ASYNC_TCP_DEBUG       Serial.printf, one line per call: "<L> async_tcp <function>() <line>: ..."
//                                (no level filter);
//   otherwise, Arduino core      log_e..log_v of esp32-hal-log.h (filtered by CORE_DEBUG_LEVEL), or with
//                                USE_ESP_IDF_LOG, ESP_LOGE..ESP_LOGV with the tag "async_tcp";
//   plain ESP-IDF                ESP_LOGE..ESP_LOGV with the tag "async_tcp";
//   anything else                nothing is printed (the arguments are still type-checked).
// The PC port provides esp32-hal-log.h (stderr). Calling context: any task; the macros do not block
// on the network, but Serial/log output may block briefly on its UART or lock.
#pragma once

#if defined(CONFIG_ASYNC_TCP_LOG_CUSTOM)
#include "AsyncTCPLoggingCustom.h"

#elif defined(CONFIG_ASYNC_TCP_DEBUG)
#include <Arduino.h>
#define ASYNC_TCP_LOG_SERIAL_(letter, format, ...) \
  Serial.printf(letter " async_tcp %s() %d: " format "\n", __FUNCTION__, __LINE__, ##__VA_ARGS__)
#define async_tcp_log_e(format, ...) ASYNC_TCP_LOG_SERIAL_("E", format, ##__VA_ARGS__)
#define async_tcp_log_w(format, ...) ASYNC_TCP_LOG_SERIAL_("W", format, ##__VA_ARGS__)
#define async_tcp_log_i(format, ...) ASYNC_TCP_LOG_SERIAL_("I", format, ##__VA_ARGS__)
#define async_tcp_log_d(format, ...) ASYNC_TCP_LOG_SERIAL_("D", format, ##__VA_ARGS__)
#define async_tcp_log_v(format, ...) ASYNC_TCP_LOG_SERIAL_("V", format, ##__VA_ARGS__)

#elif (defined(ARDUINO) || __has_include(<esp32-hal-log.h>)) && !defined(USE_ESP_IDF_LOG)
#include <esp32-hal-log.h>
#define async_tcp_log_e(format, ...) log_e(format, ##__VA_ARGS__)
#define async_tcp_log_w(format, ...) log_w(format, ##__VA_ARGS__)
#define async_tcp_log_i(format, ...) log_i(format, ##__VA_ARGS__)
#define async_tcp_log_d(format, ...) log_d(format, ##__VA_ARGS__)
#define async_tcp_log_v(format, ...) log_v(format, ##__VA_ARGS__)

#elif __has_include(<esp_log.h>)
#include <esp_log.h>
#define ASYNC_TCP_LOG_TAG "async_tcp"
#define async_tcp_log_e(format, ...) ESP_LOGE(ASYNC_TCP_LOG_TAG, format, ##__VA_ARGS__)
#define async_tcp_log_w(format, ...) ESP_LOGW(ASYNC_TCP_LOG_TAG, format, ##__VA_ARGS__)
#define async_tcp_log_i(format, ...) ESP_LOGI(ASYNC_TCP_LOG_TAG, format, ##__VA_ARGS__)
#define async_tcp_log_d(format, ...) ESP_LOGD(ASYNC_TCP_LOG_TAG, format, ##__VA_ARGS__)
#define async_tcp_log_v(format, ...) ESP_LOGV(ASYNC_TCP_LOG_TAG, format, ##__VA_ARGS__)

#else
// No log sink on this platform: discard, but keep printf checking and the arguments "used".
static inline void async_tcp_log_discard_(const char *, ...) __attribute__((format(printf, 1, 2)));
static inline void async_tcp_log_discard_(const char *, ...) {}
#define async_tcp_log_e(format, ...) async_tcp_log_discard_(format, ##__VA_ARGS__)
#define async_tcp_log_w(format, ...) async_tcp_log_discard_(format, ##__VA_ARGS__)
#define async_tcp_log_i(format, ...) async_tcp_log_discard_(format, ##__VA_ARGS__)
#define async_tcp_log_d(format, ...) async_tcp_log_discard_(format, ##__VA_ARGS__)
#define async_tcp_log_v(format, ...) async_tcp_log_discard_(format, ##__VA_ARGS__)
#endif
