// Math.* with JavaScript's edge cases (Math.round rounds half up and keeps -0; pow(1, NaN) is NaN;
// min/max propagate NaN and order -0 below +0). Math.random is a xorshift generator seeded from
// micros() at first use: not cryptographic, as in JS.
// Calling context: any (Math.random: TS loop).
#pragma once

#include <cmath>
#include <initializer_list>

#include "tsesp/fixed.h"
#include "tsesp/number.h"

// Arduino cores may define these as function-like macros; tsesp::math::min(...) must stay a call.
#ifdef abs
#undef abs
#endif
#ifdef min
#undef min
#endif
#ifdef max
#undef max
#endif
#ifdef round
#undef round
#endif

namespace tsesp {
namespace math {

// Math.PI -> tsesp::math::pi: lower case, because the Arduino core #defines PI (and EULER, ...).
constexpr double pi = 3.141592653589793;
constexpr double e = 2.718281828459045;
constexpr double ln2 = 0.6931471805599453;
constexpr double ln10 = 2.302585092994046;
constexpr double log2e = 1.4426950408889634;
constexpr double log10e = 0.4342944819032518;
constexpr double sqrt2 = 1.4142135623730951;
constexpr double sqrt1_2 = 0.7071067811865476;

inline double abs(double x) { return std::fabs(x); }
inline double floor(double x) { return std::floor(x); }
inline double ceil(double x) { return std::ceil(x); }
inline double trunc(double x) { return std::trunc(x); }
inline double sqrt(double x) { return std::sqrt(x); }
inline double cbrt(double x) { return std::cbrt(x); }
inline double sin(double x) { return std::sin(x); }
inline double cos(double x) { return std::cos(x); }
inline double tan(double x) { return std::tan(x); }
inline double asin(double x) { return std::asin(x); }
inline double acos(double x) { return std::acos(x); }
inline double atan(double x) { return std::atan(x); }
inline double atan2(double y, double x) { return std::atan2(y, x); }
inline double exp(double x) { return std::exp(x); }
inline double log(double x) { return std::log(x); }
inline double log2(double x) { return std::log2(x); }
inline double log10(double x) { return std::log10(x); }
inline double sinh(double x) { return std::sinh(x); }
inline double cosh(double x) { return std::cosh(x); }
inline double tanh(double x) { return std::tanh(x); }
inline double asinh(double x) { return std::asinh(x); }
inline double acosh(double x) { return std::acosh(x); }
inline double atanh(double x) { return std::atanh(x); }
inline double expm1(double x) { return std::expm1(x); }
inline double log1p(double x) { return std::log1p(x); }
/** Math.hypot(a, b, ...) as V8 computes it (scaled by the largest, Kahan-summed), bit for bit. */
double hypot(std::initializer_list<double> values);
double round(double x);
double sign(double x);
double pow(double base, double exponent);
double min(std::initializer_list<double> values);
double max(std::initializer_list<double> values);
double random();
/** Math.imul: 32-bit multiplication of ToInt32 operands. */
double imul(double a, double b);
double clz32(double x);
/** Never a plain double -> float cast: outside float's range that is undefined behaviour in C++. */
inline double fround(double x) { return static_cast<double>(roundToFloat32(x)); }

}  // namespace math
}  // namespace tsesp
