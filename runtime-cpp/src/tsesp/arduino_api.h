// The ts-esp Arduino API (compiler/lib/arduino.d.ts) as the generated code calls it: TS numbers in,
// converted the way the Node implementation converts them (ToUint32 & 0xff for pins and levels).
// Serial.print/println format values as console.log does; println ends lines with "\r\n".
// Calling context: TS loop.
#pragma once

#include <Arduino.h>

#include "tsesp/number.h"
#include "tsesp/string.h"

namespace tsesp {
namespace arduino {

inline uint8_t toPinByte(double x) { return static_cast<uint8_t>(toUint32(x) & 0xffu); }
inline void pinMode(double pin, double mode) { ::pinMode(toPinByte(pin), toPinByte(mode)); }
inline void digitalWrite(double pin, double value) { ::digitalWrite(toPinByte(pin), toPinByte(value)); }
inline double digitalRead(double pin) { return ::digitalRead(toPinByte(pin)); }
inline double analogRead(double pin) { return ::analogRead(toPinByte(pin)); }
inline void delay(double ms) { ::delay(ms >= 1 ? static_cast<uint32_t>(ms) : 0); }
inline double millis() { return static_cast<double>(::millis()); }
inline double micros() { return static_cast<double>(::micros()); }
inline double freeHeap() { return static_cast<double>(ESP.getFreeHeap()); }
constexpr double HIGH_ = HIGH;
constexpr double LOW_ = LOW;
constexpr double INPUT_ = INPUT;
constexpr double OUTPUT_ = OUTPUT;
constexpr double INPUT_PULLUP_ = INPUT_PULLUP;

}  // namespace arduino

namespace serial {

void begin(double baud);
void print(const String& s);
void print(double x);
void print(bool b);
void println();
template <typename T>
void println(const T& value) {
  print(value);
  println();
}

}  // namespace serial
}  // namespace tsesp
