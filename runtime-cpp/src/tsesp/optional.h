// `T | undefined`, `T | null`, `T | null | undefined` (optional parameters and properties,
// Array.pop(), `??`): tsesp::Optional<T> holds a T, undefined or null; `tsesp::undefined` and
// `tsesp::null` are the literals. A default-constructed Optional is *absent*: an optional property an
// object literal left out (Node's inspect skips it); it reads, compares and prints as undefined, and
// any copy of it is a plain undefined. undefinedOf<T>() is what an out-of-range read yields for a plain
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

/** JS `null` where a type includes it (`Node | null`); see Optional. */
struct Null {
  bool operator==(Null) const { return true; }
  bool operator!=(Null) const { return false; }
};
constexpr Null null{};

/** What an Optional holds; shared by every Optional<T> so that they convert into each other. */
enum class OptionalState : unsigned char { Absent, Undefined, Null, Value };

template <typename T>
class Optional {
 public:
  using State = OptionalState;

  Optional() : state_(State::Absent), value_(undefinedOf<T>()) {}
  Optional(Undefined) : state_(State::Undefined), value_(undefinedOf<T>()) {}
  Optional(Null) : state_(State::Null), value_(undefinedOf<T>()) {}
  Optional(const T& v) : state_(State::Value), value_(v) {}
  Optional(T&& v) : state_(State::Value), value_(std::move(v)) {}
  template <typename U, typename = decltype(T(std::declval<const U&>()))>
  Optional(const U& v) : state_(State::Value), value_(v) {}
  template <typename U>
  Optional(const Optional<U>& o) : state_(copiedState(o.state())), value_(o.value()) {}
  Optional(const Optional& o) : state_(copiedState(o.state_)), value_(o.value_) {}
  Optional(Optional&& o) noexcept : state_(copiedState(o.state_)), value_(std::move(o.value_)) {}
  Optional& operator=(const Optional& o) {
    value_ = o.value_;
    state_ = copiedState(o.state_);
    return *this;
  }
  Optional& operator=(Optional&& o) noexcept {
    value_ = std::move(o.value_);
    state_ = copiedState(o.state_);
    return *this;
  }
  static Optional undefinedValue() { return Optional(undefined); }

  State state() const { return state_; }
  /** `x === undefined` (an absent property is undefined too). */
  bool isUndefined() const { return state_ == State::Undefined || state_ == State::Absent; }
  /** `x === null` */
  bool isNull() const { return state_ == State::Null; }
  /** `x == null`: what `??`, `?.` and truthiness test. */
  bool isNullish() const { return state_ != State::Value; }
  /** An optional property an object literal left out (never a copy). */
  bool isAbsent() const { return state_ == State::Absent; }
  /** The value; the type's undefinedOf<T>() if there is none (never UB). */
  const T& value() const { return value_; }
  T& value() { return value_; }
  /** `x ?? fallback` */
  T valueOr(const T& fallback) const { return isNullish() ? fallback : value_; }

 private:
  static State copiedState(State s) { return s == State::Absent ? State::Undefined : s; }
  State state_;
  T value_;
};

inline bool truthy(double x);  // number.h, which includes this header
inline bool truthy(bool b);

template <typename T>
bool truthy(const Optional<T>& o) {
  return !o.isNullish() && truthy(o.value());
}
inline bool truthy(Undefined) { return false; }
inline bool truthy(Null) { return false; }

template <typename T, typename U>
bool strictEquals(const Optional<T>& a, const U& b) {
  return !a.isNullish() && a.value() == b;
}
template <typename T>
bool strictEquals(const Optional<T>& a, Undefined) {
  return a.isUndefined();
}
template <typename T>
bool strictEquals(const Optional<T>& a, Null) {
  return a.isNull();
}
template <typename T>
bool strictEquals(const Optional<T>& a, const Optional<T>& b) {
  if (a.isNullish() || b.isNullish()) return a.isNull() == b.isNull() && a.isUndefined() == b.isUndefined();
  return a.value() == b.value();
}
/** `x === null` for any value: only an Optional holding null is. */
template <typename T>
bool isNullValue(const Optional<T>& o) {
  return o.isNull();
}
template <typename T>
bool isNullValue(const T&) {
  return false;
}

}  // namespace tsesp
