// Serial for TS sketches (see arduino_api.h).
#include "tsesp/arduino_api.h"

#include <cmath>

namespace tsesp {
namespace serial {

void begin(double baud) { Serial.begin(static_cast<unsigned long>(baud)); }
void print(const String& s) { Serial.write(reinterpret_cast<const uint8_t*>(s.c_str()), s.byteLength()); }
void print(double x) { print(x == 0 && std::signbit(x) ? String("-0") : numberToString(x)); }
void print(bool b) { print(String(b ? "true" : "false")); }
void println() { Serial.write("\r\n"); }

}  // namespace serial
}  // namespace tsesp
