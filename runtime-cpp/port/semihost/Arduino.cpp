// Arduino core basics on the embedded proxy: the virtual clock, Serial on semihosting stdout and the
// pin table (see Arduino.h).
#include "Arduino.h"

#include <malloc.h>

#include <cstdio>

// Nonzero: pinMode/digitalWrite print the PC shim's trace lines on stderr (QEMU's stderr).
#ifndef TSESP_SEMIHOST_PIN_TRACE
#define TSESP_SEMIHOST_PIN_TRACE 1
#endif

namespace {

constexpr int kPinCount = 64;

uint64_t virtualMicros = 0;  // µs since reset; advanced by delay() and by each clock read
uint8_t pinModes[kPinCount] = {};
uint8_t pinLevels[kPinCount] = {};

uint64_t readClockMicros() { return ++virtualMicros; }

}  // namespace

HardwareSerial Serial;

unsigned long millis() { return static_cast<unsigned long>(static_cast<uint32_t>(readClockMicros() / 1000u)); }

unsigned long micros() { return static_cast<unsigned long>(static_cast<uint32_t>(readClockMicros())); }

void delay(uint32_t ms) { virtualMicros += static_cast<uint64_t>(ms) * 1000u; }

void delayMicroseconds(uint32_t us) { virtualMicros += us; }

void yield() {}

void pinMode(uint8_t pin, uint8_t mode) {
  if (pin < kPinCount) pinModes[pin] = mode;
  if (TSESP_SEMIHOST_PIN_TRACE) fprintf(stderr, "pinMode %u %s\n", static_cast<unsigned>(pin), arduinoPinModeName(mode));
}

void digitalWrite(uint8_t pin, uint8_t val) {
  if (pin < kPinCount) pinLevels[pin] = val ? HIGH : LOW;
  if (TSESP_SEMIHOST_PIN_TRACE) fprintf(stderr, "digitalWrite %u %s\n", static_cast<unsigned>(pin), val ? "HIGH" : "LOW");
}

int digitalRead(uint8_t pin) {
  if (pin >= kPinCount) return LOW;
  if (pinModes[pin] == INPUT_PULLUP) return HIGH;
  return pinLevels[pin];
}

uint16_t analogRead(uint8_t pin) {
  (void)pin;
  return 0;  // no ADC on the proxy: the pin floats at 0, as on the PC without $TSESP_ANALOG_<pin>
}

size_t HardwareSerial::write(uint8_t c) { return fputc(c, stdout) == EOF ? 0 : 1; }

size_t HardwareSerial::write(const uint8_t *buffer, size_t size) { return fwrite(buffer, 1, size, stdout); }

void HardwareSerial::flush() { fflush(stdout); }

// The heap is what picolibc.ld leaves between the program's data and the stack.
extern "C" char __heap_start[];
extern "C" char __heap_end[];

EspClass ESP;

uint32_t EspClass::getFreeHeap() {
  struct mallinfo info = mallinfo();
  size_t total = static_cast<size_t>(__heap_end - __heap_start);
  return static_cast<uint32_t>(total - info.arena + info.fordblks);
}
