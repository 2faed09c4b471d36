// Math functions whose JS definition differs from libm's (see math.h).
// Arduino.h first: math.h undoes the core's abs/min/max/round macros, which must not come back after it.
#include <Arduino.h>

#include "tsesp/math.h"

#include <cstdint>

namespace tsesp {
namespace math {

double round(double x) {
  if (x != x || std::isinf(x)) return x;
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  if (r == 0 && (x < 0 || std::signbit(x))) return -0.0;
  return r;
}

double sign(double x) {
  if (x != x || x == 0) return x;
  return x > 0 ? 1 : -1;
}

double pow(double base, double exponent) {
  if (exponent != exponent) return NAN;
  if ((base == 1 || base == -1) && std::isinf(exponent)) return NAN;
  return std::pow(base, exponent);
}

double min(std::initializer_list<double> values) {
  double result = INFINITY;
  for (double v : values) {
    if (v != v) return NAN;
    if (v < result || (v == 0 && result == 0 && std::signbit(v))) result = v;
  }
  return result;
}

double max(std::initializer_list<double> values) {
  double result = -INFINITY;
  for (double v : values) {
    if (v != v) return NAN;
    if (v > result || (v == 0 && result == 0 && !std::signbit(v))) result = v;
  }
  return result;
}

double hypot(std::initializer_list<double> values) {
  double max = 0;
  bool nan = false;
  for (double v : values) {
    if (v != v) nan = true;
    else if (std::fabs(v) > max) max = std::fabs(v);
  }
  if (max == INFINITY) return INFINITY;
  if (nan) return NAN;
  if (max == 0) return 0;
  double sum = 0, compensation = 0;
  for (double v : values) {
    double n = std::fabs(v) / max;
    double summand = n * n - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return std::sqrt(sum) * max;
}

double imul(double a, double b) { return static_cast<int32_t>(toUint32(a) * toUint32(b)); }

double clz32(double x) {
  uint32_t v = toUint32(x);
  if (v == 0) return 32;
  int n = 0;
  while (!(v & 0x80000000u)) {
    v <<= 1;
    ++n;
  }
  return n;
}

double random() {
  static uint64_t state = 0;
  if (state == 0) state = 0x9E3779B97F4A7C15ull ^ static_cast<uint64_t>(micros());
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return static_cast<double>(state >> 11) * (1.0 / 9007199254740992.0);
}

}  // namespace math
}  // namespace tsesp
