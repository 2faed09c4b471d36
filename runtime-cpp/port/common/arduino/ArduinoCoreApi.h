// The Arduino core functions and constants that every port implements (the PC shim in ../../host,
// the embedded proxy in ../../semihost), declared once as in the ESP32 core's esp32-hal-gpio.h and
// esp32-hal-misc.h. Each port's Arduino.h includes this and defines the functions for its platform.
// Calling context: as the including port says (the PC shim allows any thread).
#pragma once

#include <cstdint>

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

/** The ESP32 core's system-information object (Esp.h); each port defines ESP and its methods. */
class EspClass {
 public:
  /** Bytes of heap free now. */
  uint32_t getFreeHeap();
};
extern EspClass ESP;

// Sketch entry points, called by the port's main(): setup() once, then loop() forever.
void setup();
void loop();

/** The pin-trace name of a pinMode() mode ("OUTPUT"), shared so every port traces the same lines. */
inline const char *arduinoPinModeName(uint8_t mode) {
  switch (mode) {
    case INPUT: return "INPUT";
    case OUTPUT: return "OUTPUT";
    case INPUT_PULLUP: return "INPUT_PULLUP";
    case INPUT_PULLDOWN: return "INPUT_PULLDOWN";
    default: return "UNKNOWN";
  }
}
