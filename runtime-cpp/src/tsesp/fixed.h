// ts-esp's fixed-width numbers (compiler/lib/types.d.ts `i8 i16 i32 u8 u16 u32 f32`): a variable,
// parameter, field or return value declared with one of them lowers to tsesp::I8 ... tsesp::F32, a
// standard-layout wrapper around int8_t ... float (same size). Every store converts the double it is
// given with a defined rule (docs/numbers.md): integers as typed-array elements do (ToInt32-style:
// NaN and +-Infinity -> 0, truncate toward zero, wrap modulo 2^bits), f32 as Math.fround (round to
// nearest float, overflow -> +-Infinity). Never a C++ out-of-range conversion or signed overflow.
// Reads convert back to double (the lowerer writes static_cast<double>), so arithmetic stays JS's.
// Calling context: any (pure values).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "tsesp/console.h"
#include "tsesp/number.h"

namespace tsesp {

/** Math.fround without C++'s undefined double->float conversion outside float's range. */
inline float roundToFloat32(double x) {
  const double kMax = 3.4028234663852886e38;   // FLT_MAX
  const double kHalf = 3.4028235677973366e38;  // FLT_MAX + half an ulp: rounds to Infinity
  if (x != x) return NAN;
  if (x >= kHalf) return INFINITY;
  if (x <= -kHalf) return -INFINITY;
  if (x > kMax) return static_cast<float>(kMax);
  if (x < -kMax) return static_cast<float>(-kMax);
  return static_cast<float>(x);
}

/** The two's-complement value of the low bits `u` as the signed type S (defined for every u). */
template <typename S>
inline S signedFromBits(typename std::make_unsigned<S>::type u) {
  using U = typename std::make_unsigned<S>::type;
  const U half = static_cast<U>(U(1) << (sizeof(S) * 8 - 1));
  if (u < half) return static_cast<S>(u);
  return static_cast<S>(static_cast<S>(u - half) + std::numeric_limits<S>::min());
}

/** ToInt8 ... ToUint32 (ECMA-262 typed-array element conversions, without clamping). */
template <typename S>
inline S toFixedInteger(double x) {
  using U = typename std::make_unsigned<S>::type;
  // the common case without fmod: |x| < 2^32 truncates exactly into an int64_t (NaN fails the test)
  const uint32_t low32 = (x > -4294967296.0 && x < 4294967296.0) ? static_cast<uint32_t>(static_cast<int64_t>(x))
                                                                : toUint32(x);  // NaN, Infinity -> 0; modulo 2^32
  const U bits = static_cast<U>(low32);
  return std::is_signed<S>::value ? signedFromBits<S>(bits) : static_cast<S>(bits);
}

template <typename S>
struct FixedTraits {
  static S convert(double x) { return toFixedInteger<S>(x); }
  /** x + delta wrapped (++/--), in integer arithmetic. */
  static S step(S x, int delta) {
    using U = typename std::make_unsigned<S>::type;
    const U u = static_cast<U>(static_cast<U>(x) + static_cast<U>(delta));
    return std::is_signed<S>::value ? signedFromBits<S>(u) : u;
  }
};

template <>
struct FixedTraits<float> {
  static float convert(double x) { return roundToFloat32(x); }
  static float step(float x, int delta) { return roundToFloat32(static_cast<double>(x) + delta); }
};

/**
 * A fixed-width TS number stored as S. Converts from double implicitly (every store applies the
 * rule above) and back to double. Assignment and compound assignment return doubles, as the TS
 * expression's value is a number: `a = b = 300` gives `a` 300 when `a` is a number, as JS does.
 */
template <typename S>
class Fixed {
 public:
  Fixed() = default;
  Fixed(double x) : value_(FixedTraits<S>::convert(x)) {}  // NOLINT: implicit by design (stores)
  operator double() const { return static_cast<double>(value_); }
  /** The stored C++ value (hardware registers, buffers). */
  S raw() const { return value_; }
  /** What `let x: u8;` holds before its first store: undefined converted (0; NaN for f32). */
  static Fixed undefinedValue() { return Fixed(NAN); }

  double operator=(double x) { value_ = FixedTraits<S>::convert(x); return x; }
  double operator+=(double x) { return store(static_cast<double>(value_) + x); }
  double operator-=(double x) { return store(static_cast<double>(value_) - x); }
  double operator*=(double x) { return store(static_cast<double>(value_) * x); }
  double operator/=(double x) { return store(static_cast<double>(value_) / x); }
  /** ++x / --x: the new (wrapped) value. */
  double operator++() { value_ = FixedTraits<S>::step(value_, 1); return value_; }
  double operator--() { value_ = FixedTraits<S>::step(value_, -1); return value_; }
  /** x++ / x--: the old value. */
  double operator++(int) { const S old = value_; value_ = FixedTraits<S>::step(value_, 1); return old; }
  double operator--(int) { const S old = value_; value_ = FixedTraits<S>::step(value_, -1); return old; }

 private:
  double store(double x) { value_ = FixedTraits<S>::convert(x); return value_; }
  S value_ = 0;
};

using I8 = Fixed<int8_t>;
using I16 = Fixed<int16_t>;
using I32 = Fixed<int32_t>;
using U8 = Fixed<uint8_t>;
using U16 = Fixed<uint16_t>;
using U32 = Fixed<uint32_t>;
using F32 = Fixed<float>;

/** console.log of an object with a fixed-width field prints the number (console.h ObjectInspection). */
template <typename S>
String inspect(const Fixed<S>& x, InspectContext ctx) {
  return inspect(static_cast<double>(x), ctx);
}

static_assert(sizeof(U8) == 1 && sizeof(I16) == 2 && sizeof(U32) == 4 && sizeof(F32) == 4, "fixed-width storage");

}  // namespace tsesp
