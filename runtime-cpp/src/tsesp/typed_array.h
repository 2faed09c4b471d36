// tsesp::TypedArray<Kind>: JS typed arrays (tsesp::Uint8Array, Int8Array, Uint8ClampedArray,
// Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array), a counted handle to
// one view (identity as in JS: `a === b` compares views) of an ArrayBuffer (array_buffer.h).
// Elements read as `number`; writes convert as JS does: integer kinds wrap modulo 2^n (NaN and
// infinities give 0), Uint8Clamped clamps and rounds half to even, Float32 rounds to nearest float.
// Every access is bounds-checked: a read outside [0, length) yields NaN (documented deviation: JS
// gives undefined), a write there is ignored as in JS. subarray() shares the bytes, slice() copies.
// Callbacks (map, forEach, reduce, ...) take (value), (value, index) or (value, index, array).
// Calling context: TS loop. Ownership: views share the buffer; the last view or buffer frees it.
// For C++ callers (net, text): Uint8Array::fromBytes(p, n) copies bytes in; bytes()/byteSize() view them.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

#include "tsesp/array.h"
#include "tsesp/array_buffer.h"
#include "tsesp/console.h"
#include "tsesp/number.h"
#include "tsesp/optional.h"
#include "tsesp/panic.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

/** Float32 rounding without a C++ out-of-range conversion: beyond the largest float's halfway point, +-Infinity. */
inline float float32FromNumber(double x) {
  const double overflow = 340282356779733661637539395458142568448.0;  // 2^128 - 2^103
  if (x >= overflow) return INFINITY;
  if (x <= -overflow) return -INFINITY;
  const double largest = 3.4028234663852886e38;  // FLT_MAX: between it and `overflow` rounds down to it
  if (x > largest) return static_cast<float>(largest);
  if (x < -largest) return static_cast<float>(-largest);
  return static_cast<float>(x);
}

/** ToUint8Clamp: NaN -> 0, clamp to [0, 255], round half to even. */
inline uint8_t toUint8Clamp(double x) {
  if (!(x > 0)) return 0;
  if (x >= 255) return 255;
  double f = std::floor(x), rest = x - f;
  if (rest > 0.5 || (rest == 0.5 && std::fmod(f, 2.0) != 0)) f += 1;
  return static_cast<uint8_t>(f);
}

// One struct per element kind: its storage type, JS name, and JS's number -> element conversion.
struct Int8Kind {
  using Storage = int8_t;
  static constexpr const char* name = "Int8Array";
  static Storage fromNumber(double x) { return static_cast<int8_t>(static_cast<uint8_t>(toUint32(x) & 0xffu)); }
};
struct Uint8Kind {
  using Storage = uint8_t;
  static constexpr const char* name = "Uint8Array";
  static Storage fromNumber(double x) { return static_cast<uint8_t>(toUint32(x) & 0xffu); }
};
struct Uint8ClampedKind {
  using Storage = uint8_t;
  static constexpr const char* name = "Uint8ClampedArray";
  static Storage fromNumber(double x) { return toUint8Clamp(x); }
};
struct Int16Kind {
  using Storage = int16_t;
  static constexpr const char* name = "Int16Array";
  static Storage fromNumber(double x) { return static_cast<int16_t>(static_cast<uint16_t>(toUint32(x) & 0xffffu)); }
};
struct Uint16Kind {
  using Storage = uint16_t;
  static constexpr const char* name = "Uint16Array";
  static Storage fromNumber(double x) { return static_cast<uint16_t>(toUint32(x) & 0xffffu); }
};
struct Int32Kind {
  using Storage = int32_t;
  static constexpr const char* name = "Int32Array";
  static Storage fromNumber(double x) { return toInt32(x); }
};
struct Uint32Kind {
  using Storage = uint32_t;
  static constexpr const char* name = "Uint32Array";
  static Storage fromNumber(double x) { return toUint32(x); }
};
struct Float32Kind {
  using Storage = float;
  static constexpr const char* name = "Float32Array";
  static Storage fromNumber(double x) { return float32FromNumber(x); }
};
struct Float64Kind {
  using Storage = double;
  static constexpr const char* name = "Float64Array";
  static Storage fromNumber(double x) { return x; }
};

/** One typed-array view: the buffer it keeps alive, where it starts and how many elements it has. */
class TypedViewData final : public Object {
 public:
  TypedViewData(Ref<BufferData> b, size_t offset, size_t count)
      : buffer(static_cast<Ref<BufferData>&&>(b)), byteOffset(offset), length(count) {}
  Ref<BufferData> buffer;
  size_t byteOffset;  // bytes from the buffer's start
  size_t length;      // elements
  uint8_t* base() const { return buffer->bytes.data() + byteOffset; }
};

/** `a[i]` as an assignment target: converts on write, ignores writes out of range (null pointer). */
template <typename K>
class TypedSlot {
  using E = typename K::Storage;

 public:
  explicit TypedSlot(uint8_t* p) : p_(p) {}
  TypedSlot(const TypedSlot&) = default;
  operator double() const {
    if (!p_) return NAN;
    E e;
    memcpy(&e, p_, sizeof e);
    return static_cast<double>(e);
  }
  /** `a[i] = v` evaluates to v (not the converted element), as in JS. */
  double operator=(double v) const {
    if (p_) {
      E e = K::fromNumber(v);
      memcpy(p_, &e, sizeof e);
    }
    return v;
  }
  double operator=(const TypedSlot& o) const { return *this = static_cast<double>(o); }
  double operator+=(double v) const { return *this = static_cast<double>(*this) + v; }
  double operator-=(double v) const { return *this = static_cast<double>(*this) - v; }
  double operator*=(double v) const { return *this = static_cast<double>(*this) * v; }
  double operator/=(double v) const { return *this = static_cast<double>(*this) / v; }
  double operator++() const { return *this = static_cast<double>(*this) + 1; }
  double operator--() const { return *this = static_cast<double>(*this) - 1; }
  double operator++(int) const {
    double old = *this;
    *this = old + 1;
    return old;
  }
  double operator--(int) const {
    double old = *this;
    *this = old - 1;
    return old;
  }

 private:
  uint8_t* p_;
};

template <typename K>
class TypedArray {
  using E = typename K::Storage;
  static constexpr size_t kSize = sizeof(E);

 public:
  /** new X(): empty. */
  TypedArray() : TypedArray(0.0) {}
  /** new X(length): zero-filled; RangeError for a negative or huge length. */
  explicit TypedArray(double length) { allocate(checkedLength(length)); }
  /** new X(numbers) / X.from(numbers): each element converted. */
  explicit TypedArray(const Array<double>& values) {
    allocate(values.items().size());
    for (size_t i = 0; i < values.items().size(); ++i) store(i, values.items()[i]);
  }
  /** new X(other typed array): a copy in a new buffer, each element converted (copying a handle shares). */
  template <typename K2>
  static TypedArray copyOf(const TypedArray<K2>& other) {
    TypedArray out(static_cast<double>(other.size()));
    for (size_t i = 0; i < other.size(); ++i) out.store(i, other.at0(i));
    return out;
  }
  /** new X(buffer, byteOffset?, length?): a view of the buffer's bytes (no copy). */
  explicit TypedArray(const ArrayBuffer& buffer, double byteOffset = 0) : TypedArray(buffer, byteOffset, -1, true) {}
  TypedArray(const ArrayBuffer& buffer, double byteOffset, double length) : TypedArray(buffer, byteOffset, length, false) {}
  static TypedArray undefinedValue() { return TypedArray(Ref<TypedViewData>()); }
  bool isUndefined() const { return !d_; }

  /** X.from(numbers, (v, i) => ...): each result converted. */
  template <typename F>
  static TypedArray from(const Array<double>& values, F f) {
    TypedArray out(static_cast<double>(values.items().size()));
    for (size_t i = 0; i < values.items().size(); ++i) out.store(i, invokeArrayCallback(f, values.items()[i], i, values));
    return out;
  }
  /** X.from(typed, (v, i) => ...) */
  template <typename K2, typename F>
  static TypedArray from(const TypedArray<K2>& values, F f) {
    TypedArray out(static_cast<double>(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
      if constexpr (std::is_invocable<F&, double, double>::value)
        out.store(i, f(values.at0(i), static_cast<double>(i)));
      else
        out.store(i, f(values.at0(i)));
    }
    return out;
  }
  /** C++ callers: a new array holding a copy of n bytes (Uint8Array from the network). */
  static TypedArray fromBytes(const void* bytes, size_t n) {
    TypedArray out(static_cast<double>(n / kSize));
    if (n) memcpy(out.bytes(), bytes, (n / kSize) * kSize);
    return out;
  }

  double length() const { return static_cast<double>(d_->length); }
  double byteLength() const { return static_cast<double>(d_->length * kSize); }
  double byteOffset() const { return static_cast<double>(d_->byteOffset); }
  ArrayBuffer buffer() const { return ArrayBuffer(d_->buffer); }
  size_t size() const { return d_->length; }
  uint8_t* bytes() const { return d_->base(); }
  size_t byteSize() const { return d_->length * kSize; }

  /** a[i]: NaN out of range (JS: undefined). */
  double get(double i) const {
    if (i >= 0 && i < static_cast<double>(d_->length) && i == std::floor(i)) return at0(static_cast<size_t>(i));
    return NAN;
  }
  /** a[i] as a target: writes outside [0, length) are ignored, as in JS. */
  TypedSlot<K> slot(double i) const {
    if (i >= 0 && i < static_cast<double>(d_->length) && i == std::floor(i)) return TypedSlot<K>(d_->base() + static_cast<size_t>(i) * kSize);
    return TypedSlot<K>(nullptr);
  }
  /** Element i (i < length) as a number; for C++ helpers. */
  double at0(size_t i) const {
    E e;
    memcpy(&e, d_->base() + i * kSize, kSize);
    return static_cast<double>(e);
  }
  void store(size_t i, double v) const {
    E e = K::fromNumber(v);
    memcpy(d_->base() + i * kSize, &e, kSize);
  }

  /** subarray(begin, end): a view of the same bytes. */
  TypedArray subarray(double begin = 0) const { return subarray(begin, length()); }
  TypedArray subarray(double begin, double end) const {
    size_t from = relativeIndex(begin, d_->length), to = relativeIndex(end, d_->length);
    size_t count = to > from ? to - from : 0;
    return TypedArray(make<TypedViewData>(d_->buffer, d_->byteOffset + from * kSize, count));
  }
  /** slice(begin, end): a copy in a new buffer. */
  TypedArray slice(double begin = 0) const { return slice(begin, length()); }
  TypedArray slice(double begin, double end) const {
    size_t from = relativeIndex(begin, d_->length), to = relativeIndex(end, d_->length);
    TypedArray out(static_cast<double>(to > from ? to - from : 0));
    if (to > from) memcpy(out.bytes(), bytes() + from * kSize, (to - from) * kSize);
    return out;
  }
  /** set(numbers, offset): RangeError if they do not fit. */
  void set(const Array<double>& values, double offset = 0) const {
    size_t at = checkedSetOffset(offset, values.items().size());
    for (size_t i = 0; i < values.items().size(); ++i) store(at + i, values.items()[i]);
  }
  /** set(typed, offset): overlapping views of one buffer copy as if through a temporary, as JS. */
  template <typename K2>
  void set(const TypedArray<K2>& source, double offset = 0) const {
    size_t at = checkedSetOffset(offset, source.size());
    std::vector<double> values(source.size());
    for (size_t i = 0; i < source.size(); ++i) values[i] = source.at0(i);
    for (size_t i = 0; i < values.size(); ++i) store(at + i, values[i]);
  }
  TypedArray fill(double value, double start = 0) const { return fill(value, start, length()); }
  TypedArray fill(double value, double start, double end) const {
    for (size_t i = relativeIndex(start, d_->length), to = relativeIndex(end, d_->length); i < to; ++i) store(i, value);
    return *this;
  }
  double indexOf(double value, double from = 0) const {
    for (size_t i = relativeIndex(from, d_->length); i < d_->length; ++i)
      if (at0(i) == value) return static_cast<double>(i);
    return -1;
  }
  double lastIndexOf(double value) const {
    for (size_t i = d_->length; i-- > 0;)
      if (at0(i) == value) return static_cast<double>(i);
    return -1;
  }
  bool includes(double value, double from = 0) const {
    for (size_t i = relativeIndex(from, d_->length); i < d_->length; ++i)
      if (sameValueZero(at0(i), value)) return true;
    return false;
  }
  Optional<double> at(double index) const {
    double k = index != index ? 0 : std::trunc(index);
    if (k < 0) k += length();
    if (k < 0 || k >= length()) return undefined;
    return at0(static_cast<size_t>(k));
  }
  String join(const String& separator = String(",")) const {
    String out;
    for (size_t i = 0; i < d_->length; ++i) {
      if (i) out += separator;
      out += toString(at0(i));
    }
    return out;
  }
  TypedArray reverse() const {
    for (size_t i = 0, j = d_->length; i + 1 < j; ++i, --j) {
      double a = at0(i);
      store(i, at0(j - 1));
      store(j - 1, a);
    }
    return *this;
  }
  /** sort(): numeric ascending, NaN last (not by string form, unlike Array). */
  TypedArray sort() const {
    return sortBy([](double a, double b) { return a < b || (b != b && a == a) || (a == 0 && b == 0 && std::signbit(a) && !std::signbit(b)); });
  }
  template <typename F>
  TypedArray sort(F compare) const {
    return sortBy([&compare](double a, double b) { return compare(a, b) < 0; });
  }
  template <typename F>
  void forEach(F f) const {
    for (size_t i = 0; i < d_->length; ++i) invoke(f, at0(i), i);
  }
  /** map(f): the same kind of array, each result converted. */
  template <typename F>
  TypedArray map(F f) const {
    TypedArray out(length());
    for (size_t i = 0; i < d_->length; ++i) out.store(i, invoke(f, at0(i), i));
    return out;
  }
  template <typename F>
  TypedArray filter(F f) const {
    std::vector<double> kept;
    for (size_t i = 0; i < d_->length; ++i)
      if (truthy(invoke(f, at0(i), i))) kept.push_back(at0(i));
    TypedArray out(static_cast<double>(kept.size()));
    for (size_t i = 0; i < kept.size(); ++i) out.store(i, kept[i]);
    return out;
  }
  template <typename F>
  bool some(F f) const {
    for (size_t i = 0; i < d_->length; ++i)
      if (truthy(invoke(f, at0(i), i))) return true;
    return false;
  }
  template <typename F>
  bool every(F f) const {
    for (size_t i = 0; i < d_->length; ++i)
      if (!truthy(invoke(f, at0(i), i))) return false;
    return true;
  }
  template <typename F>
  Optional<double> find(F f) const {
    for (size_t i = 0; i < d_->length; ++i)
      if (truthy(invoke(f, at0(i), i))) return at0(i);
    return undefined;
  }
  template <typename F>
  double findIndex(F f) const {
    for (size_t i = 0; i < d_->length; ++i)
      if (truthy(invoke(f, at0(i), i))) return static_cast<double>(i);
    return -1;
  }
  /** reduce(f): the first element seeds the accumulator; empty is a TypeError as in JS. */
  template <typename F>
  double reduce(F f) const {
    if (d_->length == 0) panic("TypeError", "Reduce of empty array with no initial value");
    double acc = at0(0);
    for (size_t i = 1; i < d_->length; ++i) acc = reduceStep(f, acc, i);
    return acc;
  }
  template <typename F, typename U>
  U reduce(F f, U initial) const {
    U acc = std::move(initial);
    for (size_t i = 0; i < d_->length; ++i) acc = reduceStep(f, acc, i);
    return acc;
  }
  bool operator==(const TypedArray& o) const { return d_ == o.d_; }
  bool operator!=(const TypedArray& o) const { return d_ != o.d_; }

 private:
  explicit TypedArray(Ref<TypedViewData> d) : d_(static_cast<Ref<TypedViewData>&&>(d)) {}
  TypedArray(const ArrayBuffer& buffer, double byteOffset, double length, bool toEnd) {
    size_t size = buffer.size(), offset = 0, count = 0;
    if (!toByteIndex(byteOffset, size, offset)) fail({"Start offset ", toString(byteOffset), " is outside the bounds of the buffer"});
    if (offset % kSize != 0) fail({"start offset of ", K::name, " should be a multiple of ", toString(static_cast<double>(kSize))});
    if (toEnd) {
      if ((size - offset) % kSize != 0) fail({"byte length of ", K::name, " should be a multiple of ", toString(static_cast<double>(kSize))});
      count = (size - offset) / kSize;
    } else if (!toByteIndex(length, (size - offset) / kSize, count)) {
      fail({"Invalid typed array length: ", toString(length)});
    }
    d_ = make<TypedViewData>(buffer.ref(), offset, count);
  }
  static size_t checkedLength(double length) {
    size_t n = 0;
    if (!toByteIndex(length, TSESP_MAX_BUFFER_BYTES / kSize, n)) fail({"Invalid typed array length: ", toString(length)});
    return n;
  }
  /** A RangeError with Node's text; stops the program (constructors cannot raise catchable errors). */
  [[noreturn]] static void fail(std::initializer_list<String> parts) { panic("RangeError", concat(parts).c_str()); }
  void allocate(size_t count) { d_ = make<TypedViewData>(make<BufferData>(count * kSize), 0, count); }
  size_t checkedSetOffset(double offset, size_t count) const {
    size_t at = 0;
    if (!toByteIndex(offset, d_->length, at) || count > d_->length - at) panic("RangeError", "offset is out of bounds");
    return at;
  }
  template <typename Before>
  TypedArray sortBy(Before before) const {
    std::vector<double> values(d_->length);
    for (size_t i = 0; i < d_->length; ++i) values[i] = at0(i);
    stableSort(values, before);
    for (size_t i = 0; i < values.size(); ++i) store(i, values[i]);
    return *this;
  }
  template <typename F>
  decltype(auto) invoke(F& f, double value, size_t index) const {
    if constexpr (std::is_invocable<F&, double, double, const TypedArray&>::value)
      return f(value, static_cast<double>(index), *this);
    else if constexpr (std::is_invocable<F&, double, double>::value)
      return f(value, static_cast<double>(index));
    else
      return f(value);
  }
  template <typename F, typename U>
  U reduceStep(F& f, const U& acc, size_t i) const {
    double item = at0(i);
    if constexpr (std::is_invocable<F&, const U&, double, double, const TypedArray&>::value)
      return f(acc, item, static_cast<double>(i), *this);
    else if constexpr (std::is_invocable<F&, const U&, double, double>::value)
      return f(acc, item, static_cast<double>(i));
    else
      return f(acc, item);
  }

  Ref<TypedViewData> d_;
};

using Int8Array = TypedArray<Int8Kind>;
using Uint8Array = TypedArray<Uint8Kind>;
using Uint8ClampedArray = TypedArray<Uint8ClampedKind>;
using Int16Array = TypedArray<Int16Kind>;
using Uint16Array = TypedArray<Uint16Kind>;
using Int32Array = TypedArray<Int32Kind>;
using Uint32Array = TypedArray<Uint32Kind>;
using Float32Array = TypedArray<Float32Kind>;
using Float64Array = TypedArray<Float64Kind>;

template <typename K>
String toString(const TypedArray<K>& a) {
  return a.isUndefined() ? String("undefined") : a.join();
}
template <typename K>
bool truthy(const TypedArray<K>& a) {
  return !a.isUndefined();
}
/** `a[i] === undefined`: i is not an index of the typed array (its elements are never undefined). */
template <typename K>
bool isMissingElement(const TypedArray<K>& a, double i) {
  return !(i >= 0 && i < a.length() && i == std::floor(i));
}
/** `a[i] ?? fallback()`: the element unless i is not an index. */
template <typename K, typename F>
auto elementOr(const TypedArray<K>& a, double i, F fallback) -> decltype(fallback()) {
  using R = decltype(fallback());
  if (!isMissingElement(a, i)) return R(a.get(i));
  return fallback();
}

/** Uint8Array(3) [ 1, 2, 3 ], as Node prints it (past 100 elements: "... n more items"). */
template <typename K>
String inspect(const TypedArray<K>& a, InspectContext ctx) {
  if (a.isUndefined()) return String("undefined");
  String open = concat({K::name, "(", toString(a.length()), ") ["});
  if (a.size() == 0) return concat({open, "]"});
  if (ctx.depth > 2) return concat({"[", K::name, "]"});
  std::vector<String> entries;
  size_t shown = a.size() > 100 ? 100 : a.size();
  for (size_t i = 0; i < shown; ++i) entries.push_back(inspect(a.at0(i), ctx.child()));
  if (shown < a.size()) {
    size_t more = a.size() - shown;
    entries.push_back(concat({"... ", toString(static_cast<double>(more)), more > 1 ? " more items" : " more item"}));
  }
  return formatEntries(entries, open.c_str(), "]", true, true, ctx);
}

}  // namespace tsesp
