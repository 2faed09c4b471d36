// tsesp::String: the TS `string`. Immutable, reference counted, stored as UTF-8 (WTF-8: a lone UTF-16
// surrogate is kept as its 3-byte form, so every JS string round-trips). Indexes, `length` and
// charCodeAt count UTF-16 code units exactly as JS does; ASCII strings (flagged at creation) take
// O(1) paths, other strings are decoded to UTF-16 for index-based operations.
// Deviations from JS: toUpperCase/toLowerCase map ASCII, Latin-1, Greek and Cyrillic letters one to
// one (no special casing such as "ß" -> "SS"); `<` on non-ASCII text compares UTF-16 units as JS does.
// An out-of-range array read of a string element yields String::undefinedValue(), which prints and
// concatenates as "undefined" like JS's undefined.
// Calling context: TS loop. Ownership: copies share storage (one count each); storage frees itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "tsesp/optional.h"
#include "tsesp/ref.h"

namespace tsesp {

template <typename T>
class Array;

/** Shared storage of one string value: header plus NUL-terminated bytes in the same allocation. */
class StringData final : public Object {
 public:
  /** A copy of `bytes`; `capacity` (>= byteLength) reserves room for in-place appends (String::operator+=). */
  static StringData* create(const char* bytes, size_t byteLength, bool isUndefined = false, size_t capacity = 0);
  static void operator delete(void* p) { ::operator delete(p); }
  const char* bytes() const { return reinterpret_cast<const char*>(this + 1); }
  uint32_t byteLength;  // bytes, without the NUL
  uint32_t capacity;    // bytes the allocation holds, without the NUL (>= byteLength)
  uint32_t length16;    // UTF-16 code units
  bool ascii;           // every byte < 0x80: byte index == code-unit index
  bool wellFormed;      // every sequence complete (WTF-8): byte ranges may be copied as they are
  // Where the last index lookup on this non-ASCII string landed (a code-point boundary): the next
  // lookup at or after it walks on from there, so a loop over s[i] / charCodeAt(i) stays linear.
  mutable uint32_t cursorUnit = 0;
  mutable uint32_t cursorByte = 0;
  bool isUndefined;     // stands for JS undefined (see String::undefinedValue)

 private:
  StringData() = default;
};

class String {
 public:
  String() = default;
  String(const char* utf8);  // NOLINT: implicit, so literals convert
  String(const char* utf8, size_t byteLength);
  /** The undefined stand-in for out-of-range reads: prints as "undefined". */
  static String undefinedValue();
  static String fromUtf16(const char16_t* units, size_t count);
  /** String.fromCharCode(c): one UTF-16 code unit (ToUint16 of c). */
  static String fromCharCode(double code);

  const char* c_str() const { return d_ ? d_->bytes() : ""; }
  size_t byteLength() const { return d_ ? d_->byteLength : 0; }
  bool isAscii() const { return !d_ || d_->ascii; }
  bool isUndefined() const { return d_ && d_->isUndefined; }

  double length() const { return d_ ? d_->length16 : 0; }
  String charAt(double index) const;
  /** s[i]: the code unit at i as a string, or the undefined stand-in out of range. */
  String elementAt(double index) const;
  /** The string's code points as strings (for...of over a string). */
  Array<String> codePoints() const;
  double charCodeAt(double index) const;
  double indexOf(const String& needle, double from = 0) const;
  bool includes(const String& needle, double from = 0) const { return indexOf(needle, from) >= 0; }
  bool startsWith(const String& prefix, double position = 0) const;
  bool endsWith(const String& suffix) const;
  bool endsWith(const String& suffix, double endPosition) const;
  String slice(double start) const { return slice(start, length()); }
  String slice(double start, double end) const;
  String substring(double start) const { return substring(start, length()); }
  String substring(double start, double end) const;
  String toUpperCase() const;
  String toLowerCase() const;
  String trim() const;
  String trimStart() const;
  String trimEnd() const;
  double lastIndexOf(const String& needle) const;
  double lastIndexOf(const String& needle, double from) const;
  String padStart(double targetLength, const String& filler = String(" ")) const;
  String padEnd(double targetLength, const String& filler = String(" ")) const;
  /** repeat(n): a RangeError for negative or infinite n, as JS. */
  String repeat(double count) const;
  /** replace/replaceAll with a string pattern; the replacement's $$, $&, $` and $' as JS. */
  String replace(const String& pattern, const String& replacement) const;
  String replaceAll(const String& pattern, const String& replacement) const;
  /** s.at(i): negative i counts from the end; undefined out of range. */
  Optional<String> at(double index) const;
  /** s.codePointAt(i): the code point starting at unit i (a lone surrogate as itself). */
  Optional<double> codePointAt(double index) const;
  Array<String> split(const String& separator) const;
  /** split(separator, limit): at most ToUint32(limit) pieces. */
  Array<String> split(const String& separator, double limit) const;
  /** The string's characters as an array (split("") / no-separator forms are lowered to this). */
  Array<String> splitUnits() const;

  /** Appends in place when this value owns its storage alone and it has room (growing it
   *  geometrically otherwise), so `s += part` in a loop is amortized O(part), as in V8. */
  String& operator+=(const String& other);
  bool operator==(const String& o) const;
  bool operator!=(const String& o) const { return !(*this == o); }
  bool operator<(const String& o) const { return compare(o) < 0; }
  bool operator>(const String& o) const { return compare(o) > 0; }
  bool operator<=(const String& o) const { return compare(o) <= 0; }
  bool operator>=(const String& o) const { return compare(o) >= 0; }
  int compare(const String& o) const;
  /** Code unit at i (0 for i >= length), for internal helpers. Non-ASCII strings walk from the
   *  last lookup's position (StringData's cursor), so ascending lookups are O(1) amortized. */
  char16_t unitAt(size_t i) const;
  /** Units [begin, end) (end <= length): the bytes are copied as they are unless a pair is split. */
  String unitRange(size_t begin, size_t end) const;

 private:
  explicit String(Ref<StringData> d) : d_(static_cast<Ref<StringData>&&>(d)) {}
  Ref<StringData> d_;  // null: the empty string
};

String operator+(const String& a, const String& b);
/** Concatenates all parts with one allocation (template literals). */
String concat(std::initializer_list<String> parts);

}  // namespace tsesp
