// String storage and operations (see string.h). ASCII strings index bytes directly; other strings
// are decoded to UTF-16 code units (WTF-8 aware), operated on, and re-encoded.
#include "tsesp/string.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include "tsesp/array.h"
#include "tsesp/number.h"
#include "tsesp/error.h"
#include "tsesp/panic.h"

namespace tsesp {
namespace {

// V8's limit on a string's length is about 2^29 units; on a 32-bit device the heap ends far earlier.
constexpr size_t kMaxStringBytes = 0x1FFFFFE8;

// Appends WTF-8 bytes; a lone high surrogate at the end of `out` followed by a lone low surrogate at
// the start of `bytes` becomes one 4-byte UTF-8 sequence (as JS joins "\uD83D" + "\uDE00" into one
// code point), so equal strings always have equal bytes.
void appendWtf8(std::string& out, const char* bytes, size_t n) {
  size_t used = out.size();
  const unsigned char* tail = reinterpret_cast<const unsigned char*>(out.data()) + used - (used >= 3 ? 3 : 0);
  const unsigned char* head = reinterpret_cast<const unsigned char*>(bytes);
  bool pair = used >= 3 && n >= 3 && tail[0] == 0xED && (tail[1] & 0xF0) == 0xA0 && head[0] == 0xED && (head[1] & 0xF0) == 0xB0;
  if (!pair) {
    out.append(bytes, n);
    return;
  }
  uint32_t hi = 0xD000u | ((tail[1] & 0x3Fu) << 6) | (tail[2] & 0x3Fu);
  uint32_t lo = 0xD000u | ((head[1] & 0x3Fu) << 6) | (head[2] & 0x3Fu);
  uint32_t cp = 0x10000u + ((hi - 0xD800u) << 10) + (lo - 0xDC00u);
  out.resize(used - 3);
  out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  out.append(bytes + 3, n - 3);
}

// UTF-16 length of WTF-8 bytes; also reports whether all bytes are ASCII and whether every
// multi-byte sequence is complete (a lead byte 0xC0-0xF7 followed by its continuation bytes).
uint32_t utf16Length(const char* p, size_t n, bool* ascii, bool* wellFormed) {
  uint32_t units = 0;
  *ascii = true;
  *wellFormed = true;
  for (size_t i = 0; i < n;) {
    uint8_t b = static_cast<uint8_t>(p[i]);
    if (b < 0x80) {
      ++i;
      ++units;
      continue;
    }
    *ascii = false;
    size_t width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (b < 0xC0 || b >= 0xF8 || i + width > n) *wellFormed = false;
    for (size_t k = 1; k < width && i + k < n; ++k)
      if ((static_cast<uint8_t>(p[i + k]) & 0xC0) != 0x80) *wellFormed = false;
    i += width;
    units += width == 4 ? 2 : 1;
  }
  return units;
}

// The code point starting at byte i of p[0..n) and its width in bytes, decoded exactly as
// decode() below does (a truncated sequence at the end is one U+FFFD covering the rest).
uint32_t codePointAtByte(const uint8_t* p, size_t n, size_t i, size_t* width) {
  uint8_t b = p[i];
  if (b < 0x80) {
    *width = 1;
    return b;
  }
  if (b < 0xE0 && i + 1 < n) {
    *width = 2;
    return ((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
  }
  if (b < 0xF0 && i + 2 < n) {
    *width = 3;
    return ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
  }
  if (i + 3 < n) {
    *width = 4;
    return ((b & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
  }
  *width = n - i;
  return 0xFFFD;
}

// A UTF-16 unit of a non-ASCII string located by seekUnit(): the code point holding it.
struct UnitPosition {
  size_t byte;     // where the code point's bytes start
  size_t width;    // its byte count
  uint32_t cp;     // the code point (>= 0x10000: two units)
  bool lowHalf;    // the unit is the second (low-surrogate) unit of that code point
  char16_t unit() const {
    if (cp < 0x10000) return static_cast<char16_t>(cp);
    uint32_t v = cp - 0x10000;
    return static_cast<char16_t>(lowHalf ? 0xDC00 + (v & 0x3FF) : 0xD800 + (v >> 10));
  }
};

// Finds UTF-16 unit `unit` of a non-ASCII string by walking code points from the string's cursor
// (backwards when the unit lies before it and the string is well formed, so a lead byte is always
// recognisable; from the start when that is closer), then leaves the cursor there. False past the end.
bool seekUnit(const StringData& d, size_t unit, UnitPosition* out) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(d.bytes());
  size_t n = d.byteLength;
  size_t u = d.cursorUnit, b = d.cursorByte;
  if (b > n || (unit < u && (!d.wellFormed || unit < u - unit))) u = b = 0;
  while (u > unit && b > 0) {  // step back one code point: over continuation bytes to its lead byte
    do --b;
    while (b > 0 && (p[b] & 0xC0) == 0x80);
    u -= p[b] >= 0xF0 ? 2 : 1;
  }
  while (b < n) {
    size_t width;
    uint32_t cp = codePointAtByte(p, n, b, &width);
    size_t units = cp >= 0x10000 ? 2 : 1;
    if (unit < u + units) {
      d.cursorUnit = static_cast<uint32_t>(u);
      d.cursorByte = static_cast<uint32_t>(b);
      *out = UnitPosition{b, width, cp, unit != u};
      return true;
    }
    u += units;
    b += width;
  }
  return false;
}

std::u16string decode(const String& s) {
  std::u16string out;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.c_str());
  size_t n = s.byteLength();
  out.reserve(n);
  for (size_t i = 0; i < n;) {
    uint8_t b = p[i];
    uint32_t cp;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xE0 && i + 1 < n) {
      cp = ((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
      i += 2;
    } else if (b < 0xF0 && i + 2 < n) {
      cp = ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
      i += 3;
    } else if (i + 3 < n) {
      cp = ((b & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
      i += 4;
    } else {
      cp = 0xFFFD;
      i = n;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

// Units of a string: bytes for ASCII, decoded UTF-16 otherwise.
struct Units {
  explicit Units(const String& s) : ascii(s.isAscii()), bytes(s.c_str()) {
    if (ascii) {
      count = s.byteLength();
    } else {
      wide = decode(s);
      count = wide.size();
    }
  }
  char16_t operator[](size_t i) const { return ascii ? static_cast<char16_t>(static_cast<uint8_t>(bytes[i])) : wide[i]; }
  String range(size_t begin, size_t end) const {
    if (end <= begin) return String();
    return ascii ? String(bytes + begin, end - begin) : String::fromUtf16(wide.data() + begin, end - begin);
  }
  bool ascii;
  const char* bytes;
  std::u16string wide;
  size_t count;
};

// ToIntegerOrInfinity clamped into [0, len].
size_t clampIndex(double x, size_t len) {
  if (x != x || x <= 0) return 0;
  if (x >= static_cast<double>(len)) return len;
  return static_cast<size_t>(x);
}

// slice()'s relative index: negative counts from the end.
size_t relativeIndex(double x, size_t len) {
  if (x != x) return 0;
  double k = std::trunc(x);
  if (k < 0) k += static_cast<double>(len);
  return clampIndex(k, len);
}

long findUnits(const Units& hay, const Units& needle, size_t from) {
  if (needle.count == 0) return from <= hay.count ? static_cast<long>(from) : static_cast<long>(hay.count);
  for (size_t i = from; i + needle.count <= hay.count; ++i) {
    size_t j = 0;
    while (j < needle.count && hay[i + j] == needle[j]) ++j;
    if (j == needle.count) return static_cast<long>(i);
  }
  return -1;
}

bool isJsSpace(char16_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

String mapAscii(const String& s, char from, char to, int delta) {
  std::string out(s.c_str(), s.byteLength());
  for (char& c : out)
    if (c >= from && c <= to) c = static_cast<char>(c + delta);
  return String(out.data(), out.size());
}

// Simple one-to-one case pairs of Latin-1, Greek and Cyrillic (lower, upper, count).
struct CaseRange {
  char16_t lower, upper, count;
};
const CaseRange kCaseRanges[] = {
    {0x61, 0x41, 26}, {0xE0, 0xC0, 23}, {0xF8, 0xD8, 7}, {0x3B1, 0x391, 17}, {0x3C3, 0x3A3, 9},
    {0x430, 0x410, 32}, {0x450, 0x400, 16},
};

char16_t mapCase(char16_t c, bool upper) {
  for (const CaseRange& r : kCaseRanges) {
    char16_t from = upper ? r.lower : r.upper, to = upper ? r.upper : r.lower;
    if (c >= from && c < from + r.count) return static_cast<char16_t>(to + (c - from));
  }
  if (upper && c == 0x3C2) return 0x3A3;  // final sigma
  return c;
}

String mapCaseWide(const String& s, bool upper) {
  std::u16string units = decode(s);
  for (char16_t& c : units) c = mapCase(c, upper);
  return String::fromUtf16(units.data(), units.size());
}

}  // namespace

StringData* StringData::create(const char* bytes, size_t byteLength, bool isUndefined, size_t capacity) {
  if (byteLength > kMaxStringBytes) panic("RangeError", "Invalid string length");
  capacity = std::min(std::max(capacity, byteLength), kMaxStringBytes);
  void* memory = ::operator new(sizeof(StringData) + capacity + 1);
  StringData* d = new (memory) StringData();
  char* storage = reinterpret_cast<char*>(d + 1);
  memcpy(storage, bytes, byteLength);
  storage[byteLength] = 0;
  d->byteLength = static_cast<uint32_t>(byteLength);
  d->capacity = static_cast<uint32_t>(capacity);
  d->length16 = utf16Length(bytes, byteLength, &d->ascii, &d->wellFormed);
  d->isUndefined = isUndefined;
  return d;
}

String::String(const char* utf8) : String(utf8, strlen(utf8)) {}

String::String(const char* utf8, size_t byteLength) {
  if (byteLength) d_ = Ref<StringData>(StringData::create(utf8, byteLength), AdoptTag{});
}

String String::undefinedValue() {
  return String(Ref<StringData>(StringData::create("undefined", 9, true), AdoptTag{}));
}

String String::fromUtf16(const char16_t* u, size_t count) {
  std::string out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    uint32_t cp = u[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < count && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return String(out.data(), out.size());
}

String String::fromCharCode(double code) {
  char16_t unit = static_cast<char16_t>(toUint32(code) & 0xFFFF);
  return fromUtf16(&unit, 1);
}

char16_t String::unitAt(size_t i) const {
  if (isAscii()) return i < byteLength() ? static_cast<char16_t>(static_cast<uint8_t>(c_str()[i])) : 0;
  UnitPosition at;
  return seekUnit(*d_, i, &at) ? at.unit() : 0;
}

namespace {

// The unit at integer index k as a one-unit string; `missing` when k is not an index of s.
String unitString(const String& s, double k, const String& missing) {
  if (!(k >= 0 && k < s.length())) return missing;
  size_t i = static_cast<size_t>(k);
  if (s.isAscii()) return String(s.c_str() + i, 1);
  char16_t unit = s.unitAt(i);
  return String::fromUtf16(&unit, 1);
}

}  // namespace

String String::charAt(double index) const {
  return unitString(*this, index != index ? 0 : std::trunc(index), String());
}

String String::elementAt(double index) const {
  if (index != std::trunc(index)) return undefinedValue();
  return unitString(*this, index, undefinedValue());
}

Array<String> String::codePoints() const {
  Array<String> out;
  Units u(*this);
  for (size_t i = 0; i < u.count;) {
    bool pair = u[i] >= 0xD800 && u[i] < 0xDC00 && i + 1 < u.count && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000;
    size_t n = pair ? 2 : 1;
    out.push(u.range(i, i + n));
    i += n;
  }
  return out;
}

double String::charCodeAt(double index) const {
  double k = index != index ? 0 : std::trunc(index);
  if (!(k >= 0 && k < length())) return NAN;
  return unitAt(static_cast<size_t>(k));
}

double String::indexOf(const String& needle, double from) const {
  Units hay(*this), pattern(needle);
  return static_cast<double>(findUnits(hay, pattern, clampIndex(std::trunc(from != from ? 0 : from), hay.count)));
}

bool String::startsWith(const String& prefix, double position) const {
  Units hay(*this), pattern(prefix);
  size_t start = clampIndex(std::trunc(position != position ? 0 : position), hay.count);
  if (start + pattern.count > hay.count) return false;
  for (size_t i = 0; i < pattern.count; ++i)
    if (hay[start + i] != pattern[i]) return false;
  return true;
}

bool String::endsWith(const String& suffix) const { return endsWith(suffix, length()); }

bool String::endsWith(const String& suffix, double endPosition) const {
  Units hay(*this), pattern(suffix);
  size_t end = clampIndex(std::trunc(endPosition != endPosition ? 0 : endPosition), hay.count);
  if (pattern.count > end) return false;
  size_t start = end - pattern.count;
  for (size_t i = 0; i < pattern.count; ++i)
    if (hay[start + i] != pattern[i]) return false;
  return true;
}

String String::unitRange(size_t begin, size_t end) const {
  if (end <= begin) return String();
  if (isAscii()) return String(c_str() + begin, end - begin);
  if (d_->wellFormed) {  // copy the bytes between the two code points when no pair is split
    UnitPosition first, last;
    bool toEnd = end >= d_->length16;
    if (seekUnit(*d_, begin, &first) && !first.lowHalf) {
      size_t stop = byteLength();
      if (toEnd || (seekUnit(*d_, end, &last) && !last.lowHalf)) {
        if (!toEnd) stop = last.byte;
        return String(c_str() + first.byte, stop - first.byte);
      }
    }
  }
  Units u(*this);
  return u.range(std::min(begin, u.count), std::min(end, u.count));
}

String String::slice(double start, double end) const {
  size_t count = d_ ? d_->length16 : 0;
  return unitRange(relativeIndex(start, count), relativeIndex(end, count));
}

String String::substring(double start, double end) const {
  size_t count = d_ ? d_->length16 : 0;
  size_t a = clampIndex(std::trunc(start != start ? 0 : start), count);
  size_t b = clampIndex(std::trunc(end != end ? 0 : end), count);
  return a < b ? unitRange(a, b) : unitRange(b, a);
}

String String::toUpperCase() const { return isAscii() ? mapAscii(*this, 'a', 'z', 'A' - 'a') : mapCaseWide(*this, true); }
String String::toLowerCase() const { return isAscii() ? mapAscii(*this, 'A', 'Z', 'a' - 'A') : mapCaseWide(*this, false); }

String String::trim() const {
  Units u(*this);
  size_t begin = 0, end = u.count;
  while (begin < end && isJsSpace(u[begin])) ++begin;
  while (end > begin && isJsSpace(u[end - 1])) --end;
  return u.range(begin, end);
}

String String::trimStart() const {
  Units u(*this);
  size_t begin = 0;
  while (begin < u.count && isJsSpace(u[begin])) ++begin;
  return u.range(begin, u.count);
}

String String::trimEnd() const {
  Units u(*this);
  size_t end = u.count;
  while (end > 0 && isJsSpace(u[end - 1])) --end;
  return u.range(0, end);
}

double String::lastIndexOf(const String& needle) const { return lastIndexOf(needle, INFINITY); }

double String::lastIndexOf(const String& needle, double from) const {
  Units hay(*this), pattern(needle);
  if (pattern.count > hay.count) return -1;
  // NaN searches from the end; the start is clamped into [0, length - needle length]
  size_t start = from != from ? hay.count : clampIndex(std::trunc(from), hay.count);
  if (start > hay.count - pattern.count) start = hay.count - pattern.count;
  for (size_t i = start + 1; i-- > 0;) {
    size_t j = 0;
    while (j < pattern.count && hay[i + j] == pattern[j]) ++j;
    if (j == pattern.count) return static_cast<double>(i);
  }
  return -1;
}

// padStart/padEnd: the filler repeated and cut to fill up to targetLength code units.
static String padding(const String& s, double targetLength, const String& filler) {
  double len = s.length();
  if (!(targetLength > len) || filler.length() == 0) return String();
  size_t fillLength = static_cast<size_t>(std::min(std::trunc(targetLength), 4294967295.0) - len);
  Units f(filler);
  std::u16string out;
  out.reserve(fillLength);
  for (size_t i = 0; i < fillLength; ++i) out.push_back(f[i % f.count]);
  return String::fromUtf16(out.data(), out.size());
}

String String::padStart(double targetLength, const String& filler) const {
  return concat({padding(*this, targetLength, filler), *this});
}

String String::padEnd(double targetLength, const String& filler) const {
  return concat({*this, padding(*this, targetLength, filler)});
}

String String::repeat(double count) const {
  double n = count != count ? 0 : std::trunc(count);
  if (n < 0 || std::isinf(n)) {
    throwError(ErrorKind::RangeError, concat({"Invalid count value: ", numberToString(count)}));
    return String();
  }
  std::string out;
  for (double i = 0; i < n; ++i) appendWtf8(out, c_str(), byteLength());
  return String(out.data(), out.size());
}

// GetSubstitution for a string pattern (no capture groups): $$ $& $` $' are special, the rest literal.
static void appendSubstitution(std::u16string& out, const Units& hay, size_t at, size_t matchLength, const Units& replacement) {
  for (size_t i = 0; i < replacement.count; ++i) {
    char16_t c = replacement[i];
    char16_t next = i + 1 < replacement.count ? replacement[i + 1] : 0;
    if (c != u'$' || (next != u'$' && next != u'&' && next != u'`' && next != u'\'')) {
      out.push_back(c);
      continue;
    }
    ++i;
    if (next == u'$') out.push_back(u'$');
    size_t from = next == u'&' ? at : next == u'`' ? 0 : at + matchLength;
    size_t to = next == u'&' ? at + matchLength : next == u'`' ? at : hay.count;
    if (next != u'$')
      for (size_t k = from; k < to; ++k) out.push_back(hay[k]);
  }
}

static String replaceUnits(const String& s, const String& pattern, const String& replacement, bool all) {
  Units hay(s), needle(pattern), with(replacement);
  std::u16string out;
  size_t copied = 0, from = 0;
  for (;;) {
    long found = from <= hay.count ? findUnits(hay, needle, from) : -1;
    if (found < 0) break;
    size_t at = static_cast<size_t>(found);
    for (size_t k = copied; k < at; ++k) out.push_back(hay[k]);
    appendSubstitution(out, hay, at, needle.count, with);
    copied = at + needle.count;
    if (!all) break;
    from = at + (needle.count ? needle.count : 1);
  }
  for (size_t k = copied; k < hay.count; ++k) out.push_back(hay[k]);
  return String::fromUtf16(out.data(), out.size());
}

String String::replace(const String& pattern, const String& replacement) const {
  return replaceUnits(*this, pattern, replacement, false);
}

String String::replaceAll(const String& pattern, const String& replacement) const {
  return replaceUnits(*this, pattern, replacement, true);
}

Optional<String> String::at(double index) const {
  Units u(*this);
  double k = index != index ? 0 : std::trunc(index);
  if (k < 0) k += static_cast<double>(u.count);
  if (k < 0 || k >= static_cast<double>(u.count)) return undefined;
  size_t i = static_cast<size_t>(k);
  return u.range(i, i + 1);
}

Optional<double> String::codePointAt(double index) const {
  double k = index != index ? 0 : std::trunc(index);
  if (!(k >= 0 && k < length())) return undefined;
  size_t i = static_cast<size_t>(k);
  char16_t first = unitAt(i);
  if (first >= 0xD800 && first < 0xDC00 && i + 1 < static_cast<size_t>(length())) {
    char16_t second = unitAt(i + 1);
    if (second >= 0xDC00 && second < 0xE000) return static_cast<double>(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
  }
  return static_cast<double>(first);
}

Array<String> String::split(const String& separator) const {
  Array<String> out;
  Units hay(*this), sep(separator);
  if (sep.count == 0) return splitUnits();
  size_t start = 0;
  for (;;) {
    long at = findUnits(hay, sep, start);
    if (at < 0) break;
    out.push(hay.range(start, static_cast<size_t>(at)));
    start = static_cast<size_t>(at) + sep.count;
  }
  out.push(hay.range(start, hay.count));
  return out;
}

Array<String> String::split(const String& separator, double limit) const {
  Array<String> all = split(separator);
  uint32_t n = toUint32(limit);
  return n >= all.length() ? all : all.slice(0, static_cast<double>(n));
}

Array<String> String::splitUnits() const {
  Array<String> out;
  Units u(*this);
  for (size_t i = 0; i < u.count; ++i) out.push(u.range(i, i + 1));
  return out;
}

String& String::operator+=(const String& other) {
  size_t add = other.byteLength();
  if (add == 0 && !isUndefined()) return *this;
  size_t used = byteLength();
  bool joinsPair = used >= 3 && add >= 3 && static_cast<unsigned char>(c_str()[used - 3]) == 0xED && static_cast<unsigned char>(other.c_str()[0]) == 0xED;
  if (d_ && !d_->isUndefined && d_->uniquelyOwned() && used + add <= d_->capacity && !joinsPair) {
    char* storage = const_cast<char*>(d_->bytes());
    memmove(storage + used, other.c_str(), add);  // `s += s` reads the bytes it extends
    storage[used + add] = 0;
    d_->byteLength = static_cast<uint32_t>(used + add);
    d_->length16 += other.d_->length16;
    d_->ascii = d_->ascii && other.isAscii();
    d_->wellFormed = d_->wellFormed && other.d_->wellFormed;
    return *this;
  }
  // Reallocate with room to spare: repeated appends then copy each byte O(1) times on average.
  std::string joined;
  joined.reserve(used + add);
  joined.append(c_str(), used);
  appendWtf8(joined, other.c_str(), add);  // may join a surrogate pair
  size_t room = std::max<size_t>(2 * (used + add), 16);
  d_ = Ref<StringData>(StringData::create(joined.data(), joined.size(), false, room), AdoptTag{});
  return *this;
}

bool String::operator==(const String& o) const {
  return byteLength() == o.byteLength() && memcmp(c_str(), o.c_str(), byteLength()) == 0;
}

int String::compare(const String& o) const {
  if (isAscii() && o.isAscii()) {
    int c = strcmp(c_str(), o.c_str());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  std::u16string a = decode(*this), b = decode(o);
  return a < b ? -1 : a > b ? 1 : 0;
}

String operator+(const String& a, const String& b) { return concat({a, b}); }

String concat(std::initializer_list<String> parts) {
  size_t total = 0;
  for (const String& p : parts) total += p.byteLength();
  std::string out;
  out.reserve(total);
  for (const String& p : parts) appendWtf8(out, p.c_str(), p.byteLength());
  return String(out.data(), out.size());
}

}  // namespace tsesp
