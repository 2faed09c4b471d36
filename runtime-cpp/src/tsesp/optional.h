// `T | undefined` (optional parameters, Array.pop(), `??`): tsesp::Optional<T> holds a T or nothing;
// `tsesp::undefined` is the literal. undefinedOf<T>() is what an out-of-range read yields for a plain
// T: NaN for number (documented deviation: JS gives undefined), false for boolean, the undefined
// stand-in of String, a null Ref/Array/Function (prints "undefined"; member access is a TypeError).
// Calling context: any. Ownership: an Optional owns its T like a plain T would.
#pragma once

#include <cmath>
#include <utility>

namespace tsesp {

struct Undefined {
  bool operator==(Undefined) const { return true; }
  bool operator!=(Undefined) const { return false; }
};
constexpr Undefined undefined{};

template <typename T>
struct UndefinedOf {
  static T get() { return T::undefinedValue(); }
};
template <>
struct UndefinedOf<double> {
  static double get() { return NAN; }
};
template <>
struct UndefinedOf<bool> {
  static bool get() { return false; }
};
template <typename T>
T undefinedOf() {
  return UndefinedOf<T>::get();
}

template <typename T>
class Optional {
 public:
  Optional() : has_(false), value_(undefinedOf<T>()) {}
  Optional(Undefined) : Optional() {}
  Optional(const T& v) : has_(true), value_(v) {}
  Optional(T&& v) : has_(true), value_(std::move(v)) {}
  template <typename U, typename = decltype(T(std::declval<const U&>()))>
  Optional(const U& v) : has_(true), value_(v) {}
  template <typename U>
  Optional(const Optional<U>& o) : has_(!o.isUndefined()), value_(o.value()) {}
  static Optional undefinedValue() { return Optional(); }

  bool isUndefined() const { return !has_; }
  /** The value; the type's undefinedOf<T>() if there is none (never UB). */
  const T& value() const { return value_; }
  T& value() { return value_; }
  /** `x ?? fallback` */
  T valueOr(const T& fallback) const { return has_ ? value_ : fallback; }

 private:
  bool has_;
  T value_;
};

template <typename T>
bool truthy(const Optional<T>& o) {
  return !o.isUndefined() && truthy(o.value());
}
inline bool truthy(Undefined) { return false; }

template <typename T, typename U>
bool strictEquals(const Optional<T>& a, const U& b) {
  return !a.isUndefined() && a.value() == b;
}
template <typename T>
bool strictEquals(const Optional<T>& a, Undefined) {
  return a.isUndefined();
}
template <typename T>
bool strictEquals(const Optional<T>& a, const Optional<T>& b) {
  return a.isUndefined() ? b.isUndefined() : (!b.isUndefined() && a.value() == b.value());
}

}  // namespace tsesp
