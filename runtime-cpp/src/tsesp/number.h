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
/** Number.isInteger / Number.isSafeInteger / Number.isFinite */
bool isInteger(double x);
bool isSafeInteger(double x);
bool isFiniteNumber(double x);

/** ECMA-262 ToUint32 of NaN, an infinity or a value beyond +-2^63 (the modular fmod path). */
uint32_t toUint32Slow(double x);
/** ECMA-262 ToUint32 / ToInt32, inline: a truncating cast is exactly ToInt32's truncation toward
 *  zero, and for |x| < 2^63 the low 32 bits of the int64 are the value modulo 2^32. The int32
 *  range is tried first because a double -> int32 cast is the cheap one on a 32-bit MCU. */
inline uint32_t toUint32(double x) {
  if (x > -2147483649.0 && x < 2147483648.0) return static_cast<uint32_t>(static_cast<int32_t>(x));
  if (x > -9.2e18 && x < 9.2e18) return static_cast<uint32_t>(static_cast<int64_t>(x));
  return toUint32Slow(x);
}
inline int32_t toInt32(double x) { return static_cast<int32_t>(toUint32(x)); }

/** `a % b` for the cases the inline fast paths leave (negative, fractional, huge, NaN). */
double modSlow(double a, double b);
/** `a % b` with JS semantics (fmod: the sign of the dividend). Non-negative integer operands
 *  (counters, indexes, hashes, PRNG state) take an exact integer remainder, far cheaper than fmod;
 *  32-bit ones first, since a 64-bit division is a library call on a 32-bit MCU. */
inline double mod(double a, double b) {
  if (a > 0 && b > 0 && a < 4294967296.0 && b < 4294967296.0) {  // a > 0: -0 % b is -0
    uint32_t ia = static_cast<uint32_t>(a), ib = static_cast<uint32_t>(b);
    if (static_cast<double>(ia) == a && static_cast<double>(ib) == b) return static_cast<double>(ia % ib);
  } else if (a > 0 && b > 0 && a < 9007199254740992.0 && b < 9007199254740992.0) {
    uint64_t ia = static_cast<uint64_t>(a), ib = static_cast<uint64_t>(b);
    if (static_cast<double>(ia) == a && static_cast<double>(ib) == b) return static_cast<double>(ia % ib);
  }
  return modSlow(a, b);
}
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
