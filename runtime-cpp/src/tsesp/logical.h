// `a || b`, `a && b` and `a ?? b` when their value (not just their truth) is used: the right operand
// is a thunk, evaluated only when JS would evaluate it. isUndefinedValue(x) is `x === undefined` for
// a value whose TS type does not include undefined (an out-of-range read, see optional.h).
// assignOr/assignAnd/assignNullish implement `||=`, `&&=` and `??=`; isMissingElement and elementOr
// make `xs[i] === undefined` and `xs[i] ?? d` test the index (a number[] read past the end is NaN).
// Calling context: any.
#pragma once

#include <cmath>

#include "tsesp/array.h"
#include "tsesp/function.h"
#include "tsesp/optional.h"
#include "tsesp/string.h"

namespace tsesp {

template <typename T, typename F>
T logicalOr(const T& left, F right) {
  return truthy(left) ? left : T(right());
}
template <typename T, typename F>
T logicalAnd(const T& left, F right) {
  return truthy(left) ? T(right()) : left;
}
template <typename T, typename F>
auto nullish(const Optional<T>& left, F right) -> decltype(right()) {
  using R = decltype(right());
  return left.isNullish() ? R(right()) : R(left.value());
}
template <typename F>
auto nullish(Null, F right) -> decltype(right()) {
  return right();
}
template <typename F>
auto nullish(Undefined, F right) -> decltype(right()) {
  return right();
}

// a ||= b, a &&= b, a ??= b: the target (a variable, box cell, field or array slot) is evaluated
// once; the right operand only when JS evaluates it, and it is written only then.
template <typename T, typename F>
T& assignOr(T& target, F right) {
  if (!truthy(target)) target = T(right());
  return target;
}
template <typename T, typename F>
T& assignAnd(T& target, F right) {
  if (truthy(target)) target = T(right());
  return target;
}
template <typename T, typename F>
Optional<T>& assignNullish(Optional<T>& target, F right) {
  if (target.isNullish()) target = right();
  return target;
}

template <typename T>
bool isUndefinedValue(const Optional<T>& o) {
  return o.isUndefined();
}
template <typename T>
const T& definedValue(const Optional<T>& o) {
  return o.value();
}
template <typename T>
const T& definedValue(const T& v) {
  return v;
}
inline bool isUndefinedValue(double) { return false; }
inline bool isUndefinedValue(bool) { return false; }
inline bool isUndefinedValue(const String& s) { return s.isUndefined(); }
template <typename T>
bool isUndefinedValue(const Ref<T>& r) {
  return !r;
}
template <typename T>
bool isUndefinedValue(const Array<T>& a) {
  return a.isUndefined();
}
template <typename Sig>
bool isUndefinedValue(const Function<Sig>& f) {
  return !f;
}
/** `items[i] === undefined`: i is not an index of the array, or the element there is undefined. */
template <typename T>
bool isMissingElement(const Array<T>& items, double i) {
  if (!(i >= 0 && i < items.length() && i == std::floor(i))) return true;
  return isUndefinedValue(items.items()[static_cast<size_t>(i)]);
}

/** `items[i] ?? fallback()` and `const [a = fallback] = items`: the element unless it is missing. */
template <typename T, typename F>
auto elementOr(const Array<T>& items, double i, F fallback) -> decltype(fallback()) {
  using R = decltype(fallback());
  if (!isMissingElement(items, i)) return R(definedValue(items.items()[static_cast<size_t>(i)]));
  return fallback();
}

template <typename T>
bool truthy(const Ref<T>& r) {
  return static_cast<bool>(r);
}
template <typename Sig>
bool truthy(const Function<Sig>& f) {
  return static_cast<bool>(f);
}

}  // namespace tsesp
