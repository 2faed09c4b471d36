// ESP-IDF logging on the PC port: ESP_LOGx(tag, ...) print "E (<ms>) tag: message" to stderr,
// up to CORE_DEBUG_LEVEL as the Arduino log (esp32-hal-log.h). Calling context: any thread.
#pragma once

#include "esp32-hal-log.h"

#ifdef __cplusplus
extern "C" {
#endif
void tsesp_host_esp_log(char level, const char *tag, const char *format, ...) __attribute__((format(printf, 3, 4)));
#ifdef __cplusplus
}
#endif

#define TSESP_HOST_ESP_LOG(letter, level, tag, format, ...)                     \
  do {                                                                          \
    if (ARDUHAL_LOG_LEVEL >= (level)) tsesp_host_esp_log(letter, tag, format, ##__VA_ARGS__); \
  } while (0)

#define ESP_LOGE(tag, format, ...) TSESP_HOST_ESP_LOG('E', ARDUHAL_LOG_LEVEL_ERROR, tag, format, ##__VA_ARGS__)
#define ESP_LOGW(tag, format, ...) TSESP_HOST_ESP_LOG('W', ARDUHAL_LOG_LEVEL_WARN, tag, format, ##__VA_ARGS__)
#define ESP_LOGI(tag, format, ...) TSESP_HOST_ESP_LOG('I', ARDUHAL_LOG_LEVEL_INFO, tag, format, ##__VA_ARGS__)
#define ESP_LOGD(tag, format, ...) TSESP_HOST_ESP_LOG('D', ARDUHAL_LOG_LEVEL_DEBUG, tag, format, ##__VA_ARGS__)
#define ESP_LOGV(tag, format, ...) TSESP_HOST_ESP_LOG('V', ARDUHAL_LOG_LEVEL_VERBOSE, tag, format, ##__VA_ARGS__)
