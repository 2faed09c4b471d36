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

#include "ArduinoCoreApi.h"
