// Arduino-ESP32 logging on the PC port: log_e/w/i/d/v print
// "[<ms>][E][file:line] function(): message" to stderr (never to Serial's stdout, so program
// output stays comparable), up to CORE_DEBUG_LEVEL (default 1 = errors; 0 silences all).
// Calling context: any thread.
#pragma once

#include <stdarg.h>

#define ARDUHAL_LOG_LEVEL_NONE 0
#define ARDUHAL_LOG_LEVEL_ERROR 1
#define ARDUHAL_LOG_LEVEL_WARN 2
#define ARDUHAL_LOG_LEVEL_INFO 3
#define ARDUHAL_LOG_LEVEL_DEBUG 4
#define ARDUHAL_LOG_LEVEL_VERBOSE 5

#ifndef CORE_DEBUG_LEVEL
#define CORE_DEBUG_LEVEL ARDUHAL_LOG_LEVEL_ERROR
#endif
#define ARDUHAL_LOG_LEVEL CORE_DEBUG_LEVEL

#ifdef __cplusplus
extern "C" {
#endif
void tsesp_host_log(char level, const char *file, int line, const char *function, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
int log_printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
#ifdef __cplusplus
}
#endif

#define TSESP_HOST_LOG(letter, level, format, ...)                                       \
  do {                                                                                   \
    if (ARDUHAL_LOG_LEVEL >= (level))                                                    \
      tsesp_host_log(letter, __FILE__, __LINE__, __func__, format, ##__VA_ARGS__);       \
  } while (0)

#define log_e(format, ...) TSESP_HOST_LOG('E', ARDUHAL_LOG_LEVEL_ERROR, format, ##__VA_ARGS__)
#define log_w(format, ...) TSESP_HOST_LOG('W', ARDUHAL_LOG_LEVEL_WARN, format, ##__VA_ARGS__)
#define log_i(format, ...) TSESP_HOST_LOG('I', ARDUHAL_LOG_LEVEL_INFO, format, ##__VA_ARGS__)
#define log_d(format, ...) TSESP_HOST_LOG('D', ARDUHAL_LOG_LEVEL_DEBUG, format, ##__VA_ARGS__)
#define log_v(format, ...) TSESP_HOST_LOG('V', ARDUHAL_LOG_LEVEL_VERBOSE, format, ##__VA_ARGS__)
#define isr_log_e log_e
#define isr_log_w log_w
#define isr_log_i log_i
#define isr_log_d log_d
#define isr_log_v log_v
