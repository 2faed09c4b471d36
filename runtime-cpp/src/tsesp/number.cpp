// Number <-> string conversions and integer coercions (see number.h). Formatting finds the shortest
// precision whose %e output reads back to the same double, then lays the digits out per ECMA-262
// Number::toString; parsing scans the JS grammar first and hands only a valid literal to strtod.
#include "tsesp/number.h"

#include "tsesp/error.h"
#include "tsesp/panic.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tsesp {
namespace {

// Shortest round-trip decimal digits of finite x > 0: digits without dot, and n such that
// x = 0.d1d2... * 10^n.
int shortestDigits(double x, char* digits, int* n) {
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    if (strtod(buf, nullptr) == x) break;
  }
  int count = 0;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') digits[count++] = *p;
  while (count > 1 && digits[count - 1] == '0') --count;
  digits[count] = 0;
  *n = atoi(p + 1) + 1;
  return count;
}

bool isJsWhitespace(char16_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Copies s (trimmed of JS whitespace at both ends when trimEnd) to an ASCII buffer; non-ASCII
// characters inside become '\x01', which no numeric grammar accepts.
size_t trimmedAscii(const String& s, char* out, size_t cap, bool trimEnd) {
  size_t len = static_cast<size_t>(s.length());
  size_t begin = 0, end = len;
  while (begin < end && isJsWhitespace(s.unitAt(begin))) ++begin;
  while (trimEnd && end > begin && isJsWhitespace(s.unitAt(end - 1))) --end;
  size_t n = 0;
  for (size_t i = begin; i < end && n + 1 < cap; ++i) {
    char16_t c = s.unitAt(i);
    out[n++] = c < 0x80 ? static_cast<char>(c) : '\x01';
  }
  out[n] = 0;
  return n;
}

// Length of the longest prefix of p matching StrDecimalLiteral without sign/Infinity.
size_t decimalPrefix(const char* p) {
  size_t i = 0, digits = 0;
  while (p[i] >= '0' && p[i] <= '9') ++i, ++digits;
  if (p[i] == '.') {
    size_t j = i + 1;
    while (p[j] >= '0' && p[j] <= '9') ++j, ++digits;
    if (digits == 0) return 0;
    i = j;
  }
  if (digits == 0) return 0;
  if (p[i] == 'e' || p[i] == 'E') {
    size_t j = i + 1;
    if (p[j] == '+' || p[j] == '-') ++j;
    if (p[j] >= '0' && p[j] <= '9') {
      while (p[j] >= '0' && p[j] <= '9') ++j;
      i = j;
    }
  }
  return i;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

double parseRadixDigits(const char* p, size_t n, int radix) {
  double value = 0;
  for (size_t i = 0; i < n; ++i) value = value * radix + digitValue(p[i]);
  return value;
}

}  // namespace

String numberToString(double x) {
  if (x != x) return String("NaN");
  if (x == 0) return String("0");
  if (std::isinf(x)) return String(x < 0 ? "-Infinity" : "Infinity");
  char digits[24];
  int n = 0;
  int k = shortestDigits(std::fabs(x), digits, &n);
  char out[64];
  size_t o = 0;
  if (x < 0) out[o++] = '-';
  if (k <= n && n <= 21) {
    for (int i = 0; i < k; ++i) out[o++] = digits[i];
    for (int i = k; i < n; ++i) out[o++] = '0';
  } else if (0 < n && n <= 21) {
    for (int i = 0; i < n; ++i) out[o++] = digits[i];
    out[o++] = '.';
    for (int i = n; i < k; ++i) out[o++] = digits[i];
  } else if (-6 < n && n <= 0) {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = 0; i < -n; ++i) out[o++] = '0';
    for (int i = 0; i < k; ++i) out[o++] = digits[i];
  } else {
    out[o++] = digits[0];
    if (k > 1) {
      out[o++] = '.';
      for (int i = 1; i < k; ++i) out[o++] = digits[i];
    }
    o += static_cast<size_t>(snprintf(out + o, sizeof out - o, "e%c%d", n - 1 < 0 ? '-' : '+', std::abs(n - 1)));
  }
  return String(out, o);
}

String toString(double x) { return numberToString(x); }
String toString(bool b) { return String(b ? "true" : "false"); }

// Exact toFixed without relying on libc's %f rounding (picolibc's is not exact): |x| = m * 2^e, so
// round(|x| * 10^f) = round(m * 10^f * 2^e), computed on a little big integer of 32-bit limbs.
class BigUnsigned {
 public:
  explicit BigUnsigned(uint64_t v) {
    limbs_[0] = static_cast<uint32_t>(v);
    limbs_[1] = static_cast<uint32_t>(v >> 32);
    size_ = 2;
  }
  void multiplySmall(uint32_t k) {
    uint64_t carry = 0;
    for (int i = 0; i < size_; ++i) {
      uint64_t t = static_cast<uint64_t>(limbs_[i]) * k + carry;
      limbs_[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) limbs_[size_++] = static_cast<uint32_t>(carry);
  }
  void shiftLeft(int bits) {
    for (; bits > 0; --bits) {
      uint32_t carry = 0;
      for (int i = 0; i < size_; ++i) {
        uint32_t next = limbs_[i] >> 31;
        limbs_[i] = (limbs_[i] << 1) | carry;
        carry = next;
      }
      if (carry) limbs_[size_++] = carry;
    }
  }
  /** Divides by 2^bits, rounding half up; bits > 0. */
  void shiftRightRounded(int bits) {
    bool roundUp = bit(bits - 1);
    for (; bits > 0; --bits) {
      for (int i = 0; i < size_; ++i) limbs_[i] = (limbs_[i] >> 1) | (i + 1 < size_ ? limbs_[i + 1] << 31 : 0);
    }
    if (roundUp) addOne();
  }
  /** Decimal digits, most significant first; returns the count. */
  int toDecimal(char* out) {
    char reversed[400];
    int n = 0;
    do {
      uint64_t rem = 0;
      for (int i = size_ - 1; i >= 0; --i) {
        uint64_t cur = (rem << 32) | limbs_[i];
        limbs_[i] = static_cast<uint32_t>(cur / 10);
        rem = cur % 10;
      }
      reversed[n++] = static_cast<char>('0' + rem);
    } while (!isZero());
    for (int i = 0; i < n; ++i) out[i] = reversed[n - 1 - i];
    return n;
  }

 private:
  bool bit(int index) const {
    int limb = index / 32;
    return limb < size_ && ((limbs_[limb] >> (index % 32)) & 1u);
  }
  void addOne() {
    for (int i = 0; i < size_; ++i)
      if (++limbs_[i] != 0) return;
    limbs_[size_++] = 1;
  }
  bool isZero() const {
    for (int i = 0; i < size_; ++i)
      if (limbs_[i]) return false;
    return true;
  }
  uint32_t limbs_[48] = {};  // 2^1536 > 2^53 * 10^100 * 2^70
  int size_;
};

String numberToFixed(double x, double fractionDigits) {
  if (!(fractionDigits >= 0 && fractionDigits <= 100)) {
    throwError(ErrorKind::RangeError, "toFixed() digits argument must be between 0 and 100");
    return String();
  }
  int f = static_cast<int>(fractionDigits);
  if (x != x) return String("NaN");
  if (std::fabs(x) >= 1e21) return numberToString(x);
  int exponent = 0;
  double mantissa = std::frexp(std::fabs(x), &exponent);  // |x| = mantissa * 2^exponent, mantissa in [0.5, 1)
  BigUnsigned n(static_cast<uint64_t>(std::ldexp(mantissa, 53)));
  int e = exponent - 53;
  for (int i = 0; i < f; ++i) n.multiplySmall(10);
  if (e > 0) n.shiftLeft(e);
  if (e < 0) {
    if (-e > 1200) return numberToFixed(0.0, fractionDigits);
    n.shiftRightRounded(-e);
  }
  char digits[400];
  int count = n.toDecimal(digits);
  char out[420];
  size_t o = 0;
  if (x < 0) out[o++] = '-';  // -0 has no sign; (-0.0001).toFixed(2) is "-0.00" in JS too
  if (count <= f) {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = count; i < f; ++i) out[o++] = '0';
    for (int i = 0; i < count; ++i) out[o++] = digits[i];
  } else {
    for (int i = 0; i < count - f; ++i) out[o++] = digits[i];
    if (f > 0) out[o++] = '.';
    for (int i = count - f; i < count; ++i) out[o++] = digits[i];
  }
  return String(out, o);
}

String numberToStringRadix(double x, double radixArg) {
  int radix = static_cast<int>(radixArg);
  if (!(radixArg >= 2 && radixArg <= 36)) {
    throwError(ErrorKind::RangeError, "toString() radix argument must be between 2 and 36");
    return String();
  }
  if (radix == 10 || x != x || std::isinf(x)) return numberToString(x);
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  bool negative = x < 0;
  double value = std::fabs(x);
  double integer = std::floor(value);
  double fraction = value - integer;
  char intBuf[1100];
  int ip = sizeof intBuf;
  do {
    double rem = std::fmod(integer, radix);
    intBuf[--ip] = kDigits[static_cast<int>(rem)];
    integer = (integer - rem) / radix;
  } while (integer >= 1 && ip > 0);
  char fracBuf[1100];
  int fp = 0;
  // Digits until the remaining fraction is below half an ulp of x (V8's DoubleToRadixCString).
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  if (delta <= 0) delta = std::nextafter(0.0, 1.0);
  if (fraction >= delta) {
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      fracBuf[fp++] = kDigits[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up, carrying into earlier digits.
          for (;;) {
            --fp;
            if (fp < 0) break;
            int d = digitValue(fracBuf[fp]) + 1;
            if (d < radix) {
              fracBuf[fp++] = kDigits[d];
              break;
            }
          }
          if (fp < 0) fp = 0;
          break;
        }
      }
    } while (fraction >= delta && fp < 1099);
  }
  char out[2300];
  size_t o = 0;
  if (negative) out[o++] = '-';
  memcpy(out + o, intBuf + ip, sizeof intBuf - ip);
  o += sizeof intBuf - ip;
  if (fp > 0) {
    out[o++] = '.';
    memcpy(out + o, fracBuf, fp);
    o += fp;
  }
  return String(out, o);
}

double stringToNumber(const String& s) {
  char buf[400];
  size_t n = trimmedAscii(s, buf, sizeof buf, true);
  if (n == 0) return 0;
  if (n >= sizeof buf - 1) return NAN;
  if (buf[0] == '0' && n > 2) {
    int radix = (buf[1] == 'x' || buf[1] == 'X') ? 16 : (buf[1] == 'o' || buf[1] == 'O') ? 8 : (buf[1] == 'b' || buf[1] == 'B') ? 2 : 0;
    if (radix) {
      for (size_t i = 2; i < n; ++i)
        if (digitValue(buf[i]) >= radix) return NAN;
      return parseRadixDigits(buf + 2, n - 2, radix);
    }
  }
  const char* p = buf;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  if (strcmp(p, "Infinity") == 0) return negative ? -INFINITY : INFINITY;
  size_t len = decimalPrefix(p);
  if (len == 0 || p[len] != 0) return NAN;
  return strtod(buf, nullptr);
}

double parseFloat(const String& s) {
  char buf[400];
  trimmedAscii(s, buf, sizeof buf, false);
  const char* p = buf;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  if (strncmp(p, "Infinity", 8) == 0) return negative ? -INFINITY : INFINITY;
  size_t len = decimalPrefix(p);
  if (len == 0) return NAN;
  char literal[400];
  size_t start = static_cast<size_t>(p - buf);
  memcpy(literal, buf, start + len);
  literal[start + len] = 0;
  return strtod(literal, nullptr);
}

double parseInt(const String& s) { return parseInt(s, 0); }

double parseInt(const String& s, double radixArg) {
  char buf[400];
  trimmedAscii(s, buf, sizeof buf, false);
  const char* p = buf;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  int radix = toInt32(radixArg);
  bool stripPrefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return NAN;
    if (radix != 16) stripPrefix = false;
  } else {
    radix = 10;
  }
  if (stripPrefix && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    p += 2;
    radix = 16;
  }
  size_t n = 0;
  while (p[n] && digitValue(p[n]) < radix) ++n;
  if (n == 0) return NAN;
  double value;
  if (radix == 10) {
    // Exact decimal rounding for long digit strings, as V8 does.
    char digits[400];
    memcpy(digits, p, n);
    digits[n] = 0;
    value = strtod(digits, nullptr);
  } else {
    value = parseRadixDigits(p, n, radix);
  }
  return negative ? -value : value;
}

uint32_t toUint32Slow(double x) {
  if (!(x == x) || std::isinf(x)) return 0;
  double t = std::trunc(x);
  double m = std::fmod(t, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return static_cast<uint32_t>(m);
}

double modSlow(double a, double b) { return std::fmod(a, b); }

bool isInteger(double x) { return std::isfinite(x) && std::trunc(x) == x; }
bool isSafeInteger(double x) { return isInteger(x) && std::fabs(x) <= 9007199254740991.0; }
bool isFiniteNumber(double x) { return std::isfinite(x); }

}  // namespace tsesp
