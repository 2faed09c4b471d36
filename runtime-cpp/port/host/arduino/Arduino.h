// Arduino core shim for the PC port: the subset of the ESP32 Arduino core API that runtime-cpp and
// sketches use, implemented on the host (time from a monotonic clock, Serial on stdout, GPIO traced).
// Calling context: any thread, except Serial, which is meant for one writer at a time as on the device.
// Pin writes are observable: each pinMode/digitalWrite appends a line to $TSESP_PIN_TRACE if set, else
// to stderr ("pinMode 2 OUTPUT", "digitalWrite 2 HIGH").
// Like the core's Arduino.h it brings in FreeRTOS (tasks, semaphores), the log macros, String,
// Stream, Printable and IPAddress. Not (yet) the core's PI/min/max/constrain macros.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "esp_arduino_version.h"
#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "freertos/task.h"
#include "esp32-hal.h"
#include "Print.h"
#include "Printable.h"
#include "WString.h"
#include "Stream.h"
#include "IPAddress.h"
#include "HardwareSerial.h"

typedef bool boolean;
typedef uint8_t byte;
typedef unsigned int word;

#define lowByte(w) ((uint8_t)((w) & 0xff))
#define highByte(w) ((uint8_t)((w) >> 8))
#define bitRead(value, bit) (((value) >> (bit)) & 0x01)
#define bitSet(value, bit) ((value) |= (1UL << (bit)))
#define bitClear(value, bit) ((value) &= ~(1UL << (bit)))
#define bitWrite(value, bit, bitvalue) ((bitvalue) ? bitSet(value, bit) : bitClear(value, bit))

#define ARDUINO_HOST_PORT 1

#include "ArduinoCoreApi.h"
