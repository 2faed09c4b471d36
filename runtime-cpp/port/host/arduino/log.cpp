// The PC port's log sinks (esp32-hal-log.h, esp_log.h): one formatted line per call on stderr,
// written with a single fputs so lines from different threads do not interleave.
#include <stdio.h>
#include <string.h>

#include "clock.h"
#include "esp32-hal-log.h"
#include "esp_log.h"

namespace {

const char *baseName(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

void writeLine(const char *prefix, const char *format, va_list args) {
  char line[1024];
  int used = snprintf(line, sizeof line, "%s", prefix);
  if (used < 0) return;
  size_t offset = static_cast<size_t>(used) < sizeof line ? static_cast<size_t>(used) : sizeof line - 1;
  vsnprintf(line + offset, sizeof line - offset, format, args);
  size_t length = strlen(line);
  if (length + 1 < sizeof line) {
    line[length] = '\n';
    line[length + 1] = '\0';
  }
  fputs(line, stderr);
}

}  // namespace

extern "C" void tsesp_host_log(char level, const char *file, int line, const char *function, const char *format, ...) {
  char prefix[256];
  snprintf(prefix, sizeof prefix, "[%6lu][%c][%s:%d] %s(): ", static_cast<unsigned long>(tsesp_host_uptime_us() / 1000),
           level, baseName(file), line, function);
  va_list args;
  va_start(args, format);
  writeLine(prefix, format, args);
  va_end(args);
}

extern "C" void tsesp_host_esp_log(char level, const char *tag, const char *format, ...) {
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%c (%lu) %s: ", level, static_cast<unsigned long>(tsesp_host_uptime_us() / 1000), tag);
  va_list args;
  va_start(args, format);
  writeLine(prefix, format, args);
  va_end(args);
}

extern "C" int log_printf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vfprintf(stderr, format, args);
  va_end(args);
  return n;
}
