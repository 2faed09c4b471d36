// Arduino core shim for the embedded proxy: bare-metal Cortex-M4 under qemu-system-arm (mps2-an386)
// with picolibc's semihosting (docs: ../../../shared/spec/embedded-proxy.md). Same API as the PC shim.
// Time is virtual: millis()/micros() read a clock that only delay()/delayMicroseconds() advance (plus
// 1 µs per read, so a busy-wait on the clock still ends), which makes runs deterministic.
// Serial writes to the semihosting console (stdout). Pin operations are kept in a table and traced
// on stderr as on the PC ("pinMode 2 OUTPUT"); -DTSESP_SEMIHOST_PIN_TRACE=0 drops the trace.
// Calling context: the one bare-metal thread (no RTOS here).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "Print.h"
#include "HardwareSerial.h"

#define ARDUINO_SEMIHOST_PORT 1

#define HIGH 0x1
#define LOW 0x0
#define INPUT 0x01
#define OUTPUT 0x03
#define PULLUP 0x04
#define INPUT_PULLUP 0x05
#define PULLDOWN 0x08
#define INPUT_PULLDOWN 0x09

unsigned long millis();
unsigned long micros();
void delay(uint32_t ms);
void delayMicroseconds(uint32_t us);
void yield();

void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t val);
int digitalRead(uint8_t pin);
uint16_t analogRead(uint8_t pin);

// Sketch entry points, called by main.cpp: setup() once, then loop() forever.
void setup();
void loop();
