// tsesp::Array<T>: the TS `T[]`, a counted handle to a growable vector (arrays are shared by
// reference, as in JS). Every access is bounds-checked: get() out of range yields undefinedOf<T>()
// (see optional.h), slot() at or past the end grows the array (holes read as undefinedOf<T>()), a
// negative or fractional write index is a RangeError. Callbacks (map, filter, reduce, forEach, sort)
// may be lambdas or Functions taking (value), (value, index) or (value, index, array).
// sort() is stable; without a comparator it compares the elements' string forms, as JS does.
// concat() spreads arguments of the array's own type and appends single elements (check/ refuses
// the one ambiguous case, an element that is itself an array). splice/fill/at/lastIndexOf take
// JS's relative indexes (negative counts from the end).
// boolean[] stores a byte per element (BoolCell; std::vector<bool> has no bool& for slot()).
// Calling context: TS loop. Ownership: copies share the elements; the last handle frees them.
#pragma once

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

#include "tsesp/number.h"
#include "tsesp/optional.h"
#include "tsesp/panic.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

template <typename T>
class Array;

/** A boolean array element: a byte of its own, so arr[i] = v can bind a real bool& (std::vector<bool>
 *  packs bits and hands out proxies instead). Converts to and from bool. */
struct BoolCell {
  bool value;
  BoolCell(bool v = false) : value(v) {}  // NOLINT: implicit, as the element type it stands for
  operator bool() const { return value; }
};
/** How an Array<T> stores its elements: T itself, except bool (BoolCell). */
template <typename T>
struct ArrayStorage {
  using type = T;
  static T& ref(T& e) { return e; }
  static const T& ref(const T& e) { return e; }
};
template <>
struct ArrayStorage<bool> {
  using type = BoolCell;
  static bool& ref(BoolCell& e) { return e.value; }
  static const bool& ref(const BoolCell& e) { return e.value; }
};

/** Read-only view of a boolean array's cells as bools (Array<bool>::items()). */
class BoolItems {
 public:
  class Iterator {
   public:
    explicit Iterator(const BoolCell* at) : at_(at) {}
    const bool& operator*() const { return at_->value; }
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return at_ != o.at_; }

   private:
    const BoolCell* at_;
  };
  explicit BoolItems(const std::vector<BoolCell>& cells) : cells_(&cells) {}
  size_t size() const { return cells_->size(); }
  bool empty() const { return cells_->empty(); }
  const bool& operator[](size_t i) const { return (*cells_)[i].value; }
  Iterator begin() const { return Iterator(cells_->data()); }
  Iterator end() const { return Iterator(cells_->data() + cells_->size()); }

 private:
  const std::vector<BoolCell>* cells_;
};

template <typename T>
class ArrayData final : public Object {
 public:
  std::vector<typename ArrayStorage<T>::type> items;
};

/** Calls a JS-style array callback with as many of (value, index, array) as it accepts. */
template <typename F, typename T>
decltype(auto) invokeArrayCallback(F& f, const T& value, size_t index, const Array<T>& array) {
  if constexpr (std::is_invocable<F&, const T&, double, const Array<T>&>::value)
    return f(value, static_cast<double>(index), array);
  else if constexpr (std::is_invocable<F&, const T&, double>::value)
    return f(value, static_cast<double>(index));
  else
    return f(value);
}

inline bool strictEquals(double a, double b) { return a == b; }
inline bool strictEquals(bool a, bool b) { return a == b; }
inline bool strictEquals(const String& a, const String& b) { return a == b; }
template <typename T>
bool strictEquals(const T& a, const T& b) {
  return a == b;
}
inline bool sameValueZero(double a, double b) { return a == b || (a != a && b != b); }
template <typename T>
bool sameValueZero(const T& a, const T& b) {
  return strictEquals(a, b);
}

/** Stable merge sort by `before(a, b)` (a strictly before b); safe with inconsistent comparators. */
template <typename T, typename Before>
void stableSort(std::vector<T>& items, Before before) {
  std::vector<T> buffer(items.size());
  for (size_t width = 1; width < items.size(); width *= 2) {
    for (size_t lo = 0; lo < items.size(); lo += 2 * width) {
      size_t mid = std::min(lo + width, items.size()), hi = std::min(lo + 2 * width, items.size());
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) buffer[k++] = before(items[j], items[i]) ? items[j++] : items[i++];
      while (i < mid) buffer[k++] = items[i++];
      while (j < hi) buffer[k++] = items[j++];
    }
    items.swap(buffer);
  }
}

template <typename T>
class Array {
  using Items = std::vector<typename ArrayStorage<T>::type>;

 public:
  Array() : d_(make<ArrayData<T>>()) {}
  Array(std::initializer_list<T> items) : d_(make<ArrayData<T>>()) { d_->items.assign(items.begin(), items.end()); }
  static Array undefinedValue() { return Array(Ref<ArrayData<T>>()); }
  bool isUndefined() const { return !d_; }

  double length() const { return static_cast<double>(d_->items.size()); }
  /** arr[i] read: undefinedOf<T>() when i is not an index of the array. */
  T get(double i) const {
    const Items& items = d_->items;
    if (i >= 0 && i < static_cast<double>(items.size())) {
      size_t index = static_cast<size_t>(i);  // in range, so the cast is exact up to the fraction
      if (static_cast<double>(index) == i) return items[index];
    }
    return undefinedOf<T>();
  }
  /** arr[i] as an assignment target; grows the array when i >= length. */
  T& slot(double i) const {
    Items& items = d_->items;
    if (!(i >= 0 && i < 4294967295.0)) panic("RangeError", "Invalid array index");
    size_t index = static_cast<size_t>(i);
    if (static_cast<double>(index) != i) panic("RangeError", "Invalid array index");
    if (index >= items.size()) items.resize(index + 1, undefinedOf<T>());
    return ArrayStorage<T>::ref(items[index]);
  }
  template <typename... U>
  double push(U&&... values) const {
    (d_->items.push_back(T(std::forward<U>(values))), ...);
    return length();
  }
  Optional<T> pop() const {
    Items& items = d_->items;
    if (items.empty()) return undefined;
    T last = std::move(items.back());
    items.pop_back();
    return last;
  }
  double indexOf(const T& value, double from = 0) const {
    const Items& items = d_->items;
    for (size_t i = startIndex(from); i < items.size(); ++i)
      if (strictEquals(ArrayStorage<T>::ref(items[i]), value)) return static_cast<double>(i);
    return -1;
  }
  bool includes(const T& value, double from = 0) const {
    const Items& items = d_->items;
    for (size_t i = startIndex(from); i < items.size(); ++i)
      if (sameValueZero(ArrayStorage<T>::ref(items[i]), value)) return true;
    return false;
  }
  String join(const String& separator = String(",")) const {
    String out;  // grows in place (String::operator+=): linear in the result's size
    bool first = true;
    for (const auto& cell : d_->items) {
      if (!first) out += separator;
      first = false;
      out += joinPart(ArrayStorage<T>::ref(cell));
    }
    return out;
  }
  Array slice(double start = 0) const { return slice(start, length()); }
  Array slice(double start, double end) const {
    size_t from = startIndex(start), to = startIndex(end);
    Array out;
    for (size_t i = from; i < to; ++i) out.d_->items.push_back(d_->items[i]);
    return out;
  }
  double lastIndexOf(const T& value) const { return lastIndexOf(value, length() - 1); }
  double lastIndexOf(const T& value, double from) const {
    const Items& items = d_->items;
    double k = from != from ? 0 : std::trunc(from);
    if (k < 0) k += length();
    if (k < 0 || items.empty()) return -1;
    for (size_t i = static_cast<size_t>(std::min(k, length() - 1)) + 1; i-- > 0;)
      if (strictEquals(ArrayStorage<T>::ref(items[i]), value)) return static_cast<double>(i);
    return -1;
  }
  Optional<T> shift() const {
    Items& items = d_->items;
    if (items.empty()) return undefined;
    T first = std::move(items.front());
    items.erase(items.begin());
    return first;
  }
  template <typename... U>
  double unshift(U&&... values) const {
    Items front{T(std::forward<U>(values))...};
    d_->items.insert(d_->items.begin(), front.begin(), front.end());
    return length();
  }
  /** splice(start): removes everything from start; returns the removed elements. */
  Array splice(double start) const { return splice(start, length()); }
  template <typename... U>
  Array splice(double start, double deleteCount, U&&... insert) const {
    Items& items = d_->items;
    size_t from = startIndex(start);
    double count = deleteCount != deleteCount ? 0 : std::trunc(deleteCount);
    size_t n = static_cast<size_t>(std::max(0.0, std::min(count, static_cast<double>(items.size() - from))));
    Array removed;
    removed.d_->items.assign(items.begin() + from, items.begin() + from + n);
    items.erase(items.begin() + from, items.begin() + from + n);
    Items added{T(std::forward<U>(insert))...};
    items.insert(items.begin() + from, added.begin(), added.end());
    return removed;
  }
  template <typename... U>
  Array concat(const U&... parts) const {
    Array out;
    out.d_->items = d_->items;
    (out.appendPart(parts), ...);
    return out;
  }
  Array reverse() const {
    Items& items = d_->items;
    for (size_t i = 0, j = items.size(); i + 1 < j; ++i, --j) std::swap(items[i], items[j - 1]);
    return *this;
  }
  Array fill(const T& value, double start = 0) const { return fill(value, start, length()); }
  Array fill(const T& value, double start, double end) const {
    for (size_t i = startIndex(start), to = startIndex(end); i < to; ++i) d_->items[i] = value;
    return *this;
  }
  Optional<T> at(double index) const {
    double k = index != index ? 0 : std::trunc(index);
    if (k < 0) k += length();
    if (k < 0 || k >= length()) return undefined;
    return ArrayStorage<T>::ref(d_->items[static_cast<size_t>(k)]);
  }
  template <typename F>
  bool some(F f) const {
    for (size_t i = 0; i < d_->items.size(); ++i)
      if (truthy(invokeArrayCallback(f, T(d_->items[i]), i, *this))) return true;
    return false;
  }
  template <typename F>
  bool every(F f) const {
    for (size_t i = 0; i < d_->items.size(); ++i)
      if (!truthy(invokeArrayCallback(f, T(d_->items[i]), i, *this))) return false;
    return true;
  }
  template <typename F>
  double findIndex(F f) const {
    for (size_t i = 0; i < d_->items.size(); ++i)
      if (truthy(invokeArrayCallback(f, T(d_->items[i]), i, *this))) return static_cast<double>(i);
    return -1;
  }
  template <typename F>
  Optional<T> find(F f) const {
    for (size_t i = 0; i < d_->items.size(); ++i) {
      T item = d_->items[i];
      if (truthy(invokeArrayCallback(f, item, i, *this))) return item;
    }
    return undefined;
  }
  template <typename F>
  void forEach(F f) const {
    for (size_t i = 0; i < d_->items.size(); ++i) invokeArrayCallback(f, T(d_->items[i]), i, *this);
  }
  template <typename F>
  auto map(F f) const {
    using U = std::decay_t<decltype(invokeArrayCallback(f, std::declval<const T&>(), 0, *this))>;
    Array<U> out;
    for (size_t i = 0; i < d_->items.size(); ++i) out.push(invokeArrayCallback(f, T(d_->items[i]), i, *this));
    return out;
  }
  template <typename F>
  Array filter(F f) const {
    Array out;
    for (size_t i = 0; i < d_->items.size(); ++i) {
      T item = d_->items[i];
      if (truthy(invokeArrayCallback(f, item, i, *this))) out.d_->items.push_back(item);
    }
    return out;
  }
  /** reduce(f): the first element seeds the accumulator; empty is a TypeError as in JS. */
  template <typename F>
  T reduce(F f) const {
    if (d_->items.empty()) panic("TypeError", "Reduce of empty array with no initial value");
    T acc = d_->items[0];
    for (size_t i = 1; i < d_->items.size(); ++i) acc = reduceStep(f, acc, i);
    return acc;
  }
  template <typename F, typename U>
  U reduce(F f, U initial) const {
    U acc = std::move(initial);
    for (size_t i = 0; i < d_->items.size(); ++i) acc = reduceStep(f, acc, i);
    return acc;
  }
  /** sort(): by the elements' string forms (UTF-16 order). */
  Array sort() const {
    stableSort(d_->items, [](const T& a, const T& b) { return joinPart(a) < joinPart(b); });
    return *this;
  }
  /** sort(compare): a before b when compare(a, b) < 0. */
  template <typename F>
  Array sort(F compare) const {
    stableSort(d_->items, [&compare](const T& a, const T& b) { return compare(a, b) < 0; });
    return *this;
  }
  bool operator==(const Array& o) const { return d_ == o.d_; }
  /** The elements for library code: the vector itself, or for boolean[] a view reading bools. */
  decltype(auto) items() const {
    if constexpr (std::is_same<T, bool>::value)
      return BoolItems(d_->items);
    else
      return static_cast<const Items&>(d_->items);
  }

 private:
  explicit Array(Ref<ArrayData<T>> d) : d_(std::move(d)) {}
  template <typename U>
  void appendPart(const U& part) {
    if constexpr (std::is_same<U, Array>::value)
      d_->items.insert(d_->items.end(), part.d_->items.begin(), part.d_->items.end());
    else
      d_->items.push_back(T(part));
  }
  /** concat of an array of another element type that converts (Dog[] into Animal[]): its elements. */
  template <typename V, typename = std::enable_if_t<!std::is_same<V, T>::value && std::is_constructible<T, const V&>::value &&
                                                    !std::is_constructible<T, const Array<V>&>::value>>
  void appendPart(const Array<V>& part) {
    for (const auto& item : part.items()) d_->items.push_back(T(item));
  }
  template <typename F, typename U>
  U reduceStep(F& f, const U& acc, size_t i) const {
    const T& item = ArrayStorage<T>::ref(d_->items[i]);
    if constexpr (std::is_invocable<F&, const U&, const T&, double, const Array&>::value)
      return f(acc, item, static_cast<double>(i), *this);
    else if constexpr (std::is_invocable<F&, const U&, const T&, double>::value)
      return f(acc, item, static_cast<double>(i));
    else
      return f(acc, item);
  }
  // ToIntegerOrInfinity(relative) clamped into [0, length], negative counting from the end.
  size_t startIndex(double relative) const {
    double len = length();
    if (relative != relative) return 0;
    double k = std::trunc(relative);
    if (k < 0) k = std::max(0.0, len + k);
    return static_cast<size_t>(std::min(k, len));
  }
  template <typename U>
  static String joinPart(const Optional<U>& v) {
    return v.isNullish() ? String() : joinPart(v.value());
  }
  static String joinPart(const String& s) { return s.isUndefined() ? String() : s; }
  template <typename U>
  static String joinPart(const Array<U>& a) {
    return a.isUndefined() ? String() : a.join();
  }
  template <typename U>
  static String joinPart(const U& v) {
    return toString(v);
  }

  Ref<ArrayData<T>> d_;
};

template <typename T>
String toString(const Array<T>& a) {
  return a.isUndefined() ? String("undefined") : a.join();
}
template <typename T>
bool truthy(const Array<T>& a) {
  return !a.isUndefined();
}

/** Array.isArray(x): decided by x's type; an undefined array handle is not an array. */
template <typename T>
bool isArray(const Array<T>& a) {
  return !a.isUndefined();
}
template <typename T>
bool isArray(const Optional<Array<T>>& a) {
  return !a.isUndefined() && !a.value().isUndefined();
}
template <typename T>
bool isArray(const T&) {
  return false;
}

}  // namespace tsesp
