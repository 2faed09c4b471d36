// Array.from (and new Map(other) / new Set(source), which build on it): a new array from an array (a copy), a typed array (its numbers), a string (its code
// points), a Set (its elements, insertion order), a Map's keys()/values(), or `{ length: n }` (the
// map function's results for indexes 0..n-1), each optionally through a map function (value, index).
// Calling context: TS loop. Ownership: the result is a new array; elements are shared as JS shares them.
#pragma once

#include <type_traits>
#include <utility>

#include "tsesp/array.h"
#include "tsesp/map.h"
#include "tsesp/optional.h"
#include "tsesp/string.h"
#include "tsesp/typed_array.h"

namespace tsesp {

namespace detail {
// The first parameter type of a callable (the `_` of `(_, i) => ...`, given its undefined value).
template <typename M>
struct FirstParameter;
template <typename C, typename R, typename A0, typename... A>
struct FirstParameter<R (C::*)(A0, A...) const> {
  using type = std::decay_t<A0>;
};
template <typename C, typename R, typename A0, typename... A>
struct FirstParameter<R (C::*)(A0, A...)> {
  using type = std::decay_t<A0>;
};

template <typename Items, typename F>
auto mapElements(const Items& items, F& f) {
  using T = std::decay_t<decltype(items[0])>;  // a vector, or Array<bool>'s BoolItems view
  using U = std::decay_t<decltype(invokeArrayCallback(f, std::declval<const T&>(), 0, Array<T>()))>;
  Array<U> out;
  for (size_t i = 0; i < items.size(); ++i) {
    if constexpr (std::is_invocable<F&, const T&, double>::value)
      out.push(f(items[i], static_cast<double>(i)));
    else
      out.push(f(items[i]));
  }
  return out;
}
}  // namespace detail

template <typename T>
Array<T> arrayFrom(const Array<T>& a) {
  return a.slice(0);
}
template <typename T, typename F>
auto arrayFrom(const Array<T>& a, F f) {
  return detail::mapElements(a.items(), f);
}
inline Array<String> arrayFrom(const String& s) { return s.codePoints(); }
template <typename F>
auto arrayFrom(const String& s, F f) {
  return detail::mapElements(s.codePoints().items(), f);
}
template <typename K>
Array<double> arrayFrom(const TypedArray<K>& a) {
  Array<double> out;
  for (size_t i = 0; i < a.size(); ++i) out.push(a.at0(i));
  return out;
}
template <typename K, typename F>
auto arrayFrom(const TypedArray<K>& a, F f) {
  return detail::mapElements(arrayFrom(a).items(), f);
}
template <typename T>
Array<T> arrayFrom(const Set<T>& s) {
  Array<T> out;
  for (double i = 0; i < s.positions(); ++i)
    if (s.liveAt(i)) out.push(s.keyAt(i));
  return out;
}
template <typename T, typename F>
auto arrayFrom(const Set<T>& s, F f) {
  return detail::mapElements(arrayFrom(s).items(), f);
}
/** Array.from(m.keys()) */
template <typename K, typename V>
Array<K> arrayFromKeys(const Map<K, V>& m) {
  Array<K> out;
  for (double i = 0; i < m.positions(); ++i)
    if (m.liveAt(i)) out.push(m.keyAt(i));
  return out;
}
template <typename K, typename V, typename F>
auto arrayFromKeys(const Map<K, V>& m, F f) {
  return detail::mapElements(arrayFromKeys(m).items(), f);
}
/** Array.from(m.values()) */
template <typename K, typename V>
Array<V> arrayFromValues(const Map<K, V>& m) {
  Array<V> out;
  for (double i = 0; i < m.positions(); ++i)
    if (m.liveAt(i)) out.push(m.valueAt(i));
  return out;
}
template <typename K, typename V, typename F>
auto arrayFromValues(const Map<K, V>& m, F f) {
  return detail::mapElements(arrayFromValues(m).items(), f);
}
/** new Map(other): a new table with the same entries in the same order. */
template <typename K, typename V>
Map<K, V> mapCopy(const Map<K, V>& m) {
  Map<K, V> out;
  for (double i = 0; i < m.positions(); ++i)
    if (m.liveAt(i)) out.set(m.keyAt(i), m.valueAt(i));
  return out;
}

/** Array.from({ length: n }, (_, i) => ...): f(undefined, i) for i in 0..n-1 (ToLength: NaN and
 * negative n give []); a length past 2^32 - 1 is a RangeError. */
template <typename F>
auto arrayFromLength(double length, F f) {
  using P = typename detail::FirstParameter<decltype(&F::operator())>::type;
  size_t n = 0;
  if (length > 0 && !toByteIndex(length, 0xffffffffu, n)) panic("RangeError", "Invalid array length");
  using U = std::decay_t<decltype(f(undefinedOf<P>(), 0.0))>;
  Array<U> out;
  for (size_t i = 0; i < n; ++i) out.push(f(undefinedOf<P>(), static_cast<double>(i)));
  return out;
}

}  // namespace tsesp
