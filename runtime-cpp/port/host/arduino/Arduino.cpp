// Arduino core basics on the PC: a monotonic clock started at process start, Serial on stdout, and
// GPIO as an in-memory pin table whose writes are traced ($TSESP_PIN_TRACE or stderr).
#include "Arduino.h"

#include <chrono>
#include <cstdio>

#include "clock.h"
#include <mutex>
#include <thread>

namespace {

constexpr int kPinCount = 64;

struct PinTable {
  std::mutex mutex;
  uint8_t mode[kPinCount] = {};
  uint8_t level[kPinCount] = {};
  FILE *trace = nullptr;  // stderr unless $TSESP_PIN_TRACE names a file
  bool traceOpened = false;
};

PinTable &pins() {
  static PinTable table;
  return table;
}

// Caller holds table.mutex.
FILE *traceFileLocked(PinTable &table) {
  if (!table.traceOpened) {
    table.traceOpened = true;
    const char *path = getenv("TSESP_PIN_TRACE");
    table.trace = (path && *path) ? fopen(path, "w") : nullptr;
    if (!table.trace) table.trace = stderr;
  }
  return table.trace;
}

}  // namespace

HardwareSerial Serial;

unsigned long millis() { return static_cast<unsigned long>(static_cast<uint32_t>(tsesp_host_uptime_us() / 1000u)); }

unsigned long micros() { return static_cast<unsigned long>(static_cast<uint32_t>(tsesp_host_uptime_us())); }

void delay(uint32_t ms) {
  Serial.flush();
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void delayMicroseconds(uint32_t us) { std::this_thread::sleep_for(std::chrono::microseconds(us)); }

void yield() { std::this_thread::yield(); }

void pinMode(uint8_t pin, uint8_t mode) {
  PinTable &table = pins();
  std::lock_guard<std::mutex> lock(table.mutex);
  if (pin < kPinCount) table.mode[pin] = mode;
  FILE *out = traceFileLocked(table);
  fprintf(out, "pinMode %u %s\n", static_cast<unsigned>(pin), arduinoPinModeName(mode));
  fflush(out);
}

void digitalWrite(uint8_t pin, uint8_t val) {
  PinTable &table = pins();
  std::lock_guard<std::mutex> lock(table.mutex);
  if (pin < kPinCount) table.level[pin] = val ? HIGH : LOW;
  FILE *out = traceFileLocked(table);
  fprintf(out, "digitalWrite %u %s\n", static_cast<unsigned>(pin), val ? "HIGH" : "LOW");
  fflush(out);
}

int digitalRead(uint8_t pin) {
  PinTable &table = pins();
  std::lock_guard<std::mutex> lock(table.mutex);
  if (pin >= kPinCount) return LOW;
  if (table.mode[pin] == INPUT_PULLUP) return HIGH;
  return table.level[pin];
}

uint16_t analogRead(uint8_t pin) {
  // $TSESP_ANALOG_<pin> lets a test feed a reading; otherwise the pin floats at 0.
  char name[32];
  snprintf(name, sizeof name, "TSESP_ANALOG_%u", static_cast<unsigned>(pin));
  const char *value = getenv(name);
  if (!value) return 0;
  long reading = strtol(value, nullptr, 10);
  if (reading < 0) reading = 0;
  if (reading > 4095) reading = 4095;
  return static_cast<uint16_t>(reading);
}

size_t HardwareSerial::write(uint8_t c) { return fputc(c, stdout) == EOF ? 0 : 1; }

size_t HardwareSerial::write(const uint8_t *buffer, size_t size) { return fwrite(buffer, 1, size, stdout); }

void HardwareSerial::flush() { fflush(stdout); }
