// The TS `number`: an IEEE double with JavaScript's conversions. Formatting is Number::toString
// (shortest round-trip digits, `1e+21`, `1e-7`, NaN, Infinity; -0 prints "0"), toFixed and
// toString(radix) as in ECMA-262; parsing is Number(s), parseInt and parseFloat; `%` and the integer
// operators use ToInt32/ToUint32 exactly (never a C++ out-of-range conversion or signed-shift UB).
// Calling context: any (pure functions).
#pragma once

#include <cstdint>

#include "tsesp/string.h"

namespace tsesp {

/** Number::toString(x) (radix 10). -0 gives "0". */
String numberToString(double x);
String toString(double x);
String toString(bool b);
inline String toString(const String& s) { return s; }
/** (x).toString(radix), radix 2..36. */
String numberToStringRadix(double x, double radix);
/** (x).toFixed(digits), digits 0..100. */
String numberToFixed(double x, double digits);
/** Number(s): whole-string numeric literal, else NaN; whitespace-only gives 0. */
double stringToNumber(const String& s);
double parseFloat(const String& s);
double parseInt(const String& s);
double parseInt(const String& s, double radix);
inline bool isNaN(double x) { return x != x; }
/** Number.isInteger / Number.isFinite */
bool isInteger(double x);
bool isFiniteNumber(double x);

/** ECMA-262 ToInt32 / ToUint32. */
int32_t toInt32(double x);
uint32_t toUint32(double x);

/** `a % b` with JS semantics (fmod: the sign of the dividend). */
double mod(double a, double b);
inline double bitAnd(double a, double b) { return toInt32(a) & toInt32(b); }
inline double bitOr(double a, double b) { return toInt32(a) | toInt32(b); }
inline double bitXor(double a, double b) { return toInt32(a) ^ toInt32(b); }
inline double bitNot(double a) { return ~toInt32(a); }
/** `a << b`: shift the 32 bits as unsigned, then reinterpret (no signed-overflow UB). */
inline double shiftLeft(double a, double b) {
  return static_cast<int32_t>(toUint32(a) << (toUint32(b) & 31u));
}
inline double shiftRight(double a, double b) { return toInt32(a) >> (toUint32(b) & 31u); }
inline double shiftRightUnsigned(double a, double b) { return toUint32(a) >> (toUint32(b) & 31u); }

/** JS truthiness of a number: not 0, -0 or NaN. */
inline bool truthy(double x) { return x == x && x != 0; }
inline bool truthy(bool b) { return b; }
inline bool truthy(const String& s) { return s.byteLength() != 0 && !s.isUndefined(); }

}  // namespace tsesp
