// Arduino String for both ports (see WString.h). Number formatting follows the ESP32 core:
// integers in base 2..36 with lowercase digits (negative only in base 10, as the core's ltoa
// shows two's complement otherwise), floats as dtostrf with the given decimals.
#include "WString.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <cmath>

namespace {

std::string formatUnsigned(unsigned long long value, unsigned char base) {
  if (base < 2 || base > 36) base = 10;
  char buf[8 * sizeof value + 1];
  char *p = &buf[sizeof buf - 1];
  *p = '\0';
  do {
    unsigned digit = static_cast<unsigned>(value % base);
    *--p = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    value /= base;
  } while (value);
  return p;
}

std::string formatSigned(long long value, unsigned char base, unsigned bits) {
  if (base == 10 && value < 0) return "-" + formatUnsigned(0ull - static_cast<unsigned long long>(value), 10);
  unsigned long long mask = bits >= 64 ? ~0ull : ((1ull << bits) - 1);
  return formatUnsigned(static_cast<unsigned long long>(value) & mask, base);
}

std::string formatDouble(double value, unsigned int decimals) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  char buf[400];
  snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::min(decimals, 30u)), value);
  return buf;
}

}  // namespace

String::String(unsigned char value, unsigned char base) : s_(formatUnsigned(value, base)) {}
String::String(int value, unsigned char base) : s_(formatSigned(value, base, 8 * sizeof(int))) {}
String::String(unsigned int value, unsigned char base) : s_(formatUnsigned(value, base)) {}
String::String(long value, unsigned char base) : s_(formatSigned(value, base, 8 * sizeof(long))) {}
String::String(unsigned long value, unsigned char base) : s_(formatUnsigned(value, base)) {}
String::String(long long value, unsigned char base) : s_(formatSigned(value, base, 64)) {}
String::String(unsigned long long value, unsigned char base) : s_(formatUnsigned(value, base)) {}
String::String(float value, unsigned int decimalPlaces) : s_(formatDouble(value, decimalPlaces)) {}
String::String(double value, unsigned int decimalPlaces) : s_(formatDouble(value, decimalPlaces)) {}

String &String::operator=(const char *cstr) {
  s_ = cstr ? cstr : "";
  return *this;
}

bool String::reserve(unsigned int size) {
  s_.reserve(size);
  return true;
}

bool String::concat(const String &str) {
  s_ += str.s_;
  return true;
}

bool String::concat(const char *cstr) {
  if (!cstr) return false;
  s_ += cstr;
  return true;
}

bool String::concat(const char *cstr, unsigned int length) {
  if (!cstr) return false;
  s_.append(cstr, length);
  return true;
}

bool String::concat(char c) {
  s_ += c;
  return true;
}

int String::compareTo(const String &s) const {
  int c = strcmp(s_.c_str(), s.s_.c_str());
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool String::equalsIgnoreCase(const String &s) const {
  if (s_.size() != s.s_.size()) return false;
  for (size_t i = 0; i < s_.size(); i++) {
    if (tolower(static_cast<unsigned char>(s_[i])) != tolower(static_cast<unsigned char>(s.s_[i]))) return false;
  }
  return true;
}

bool String::equalsConstantTime(const String &s) const {
  if (s_.size() != s.s_.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < s_.size(); i++) diff |= static_cast<unsigned char>(s_[i] ^ s.s_[i]);
  return diff == 0;
}

bool String::startsWith(const String &prefix, unsigned int offset) const {
  if (offset > s_.size() || prefix.s_.size() > s_.size() - offset) return false;
  return s_.compare(offset, prefix.s_.size(), prefix.s_) == 0;
}

bool String::endsWith(const String &suffix) const {
  if (suffix.s_.size() > s_.size()) return false;
  return s_.compare(s_.size() - suffix.s_.size(), suffix.s_.size(), suffix.s_) == 0;
}

char &String::operator[](unsigned int index) {
  static char dummyWriteChar;
  if (index >= s_.size()) {
    dummyWriteChar = 0;
    return dummyWriteChar;
  }
  return s_[index];
}

void String::getBytes(unsigned char *buf, unsigned int bufsize, unsigned int index) const {
  if (!buf || bufsize == 0) return;
  if (index >= s_.size()) {
    buf[0] = 0;
    return;
  }
  size_t n = std::min<size_t>(bufsize - 1, s_.size() - index);
  memcpy(buf, s_.data() + index, n);
  buf[n] = 0;
}

int String::indexOf(char ch, unsigned int fromIndex) const {
  size_t at = s_.find(ch, fromIndex);
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

int String::indexOf(const String &str, unsigned int fromIndex) const {
  if (fromIndex >= s_.size()) return -1;
  size_t at = s_.find(str.s_, fromIndex);
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

int String::lastIndexOf(char ch, unsigned int fromIndex) const {
  if (s_.empty()) return -1;
  size_t at = s_.rfind(ch, fromIndex);
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

int String::lastIndexOf(const String &str, unsigned int fromIndex) const {
  if (str.s_.empty() || str.s_.size() > s_.size()) return -1;
  size_t at = s_.rfind(str.s_, fromIndex);
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

String String::substring(unsigned int left, unsigned int right) const {
  if (left > right) std::swap(left, right);
  if (left >= s_.size()) return String();
  right = std::min<unsigned int>(right, length());
  String out;
  out.s_ = s_.substr(left, right - left);
  return out;
}

void String::replace(char find, char replacement) { std::replace(s_.begin(), s_.end(), find, replacement); }

void String::replace(const String &find, const String &replacement) {
  if (find.s_.empty()) return;
  std::string out;
  size_t pos = 0;
  for (size_t at; (at = s_.find(find.s_, pos)) != std::string::npos; pos = at + find.s_.size()) {
    out.append(s_, pos, at - pos);
    out += replacement.s_;
  }
  out.append(s_, pos, std::string::npos);
  s_.swap(out);
}

void String::remove(unsigned int index, unsigned int count) {
  if (index >= s_.size() || count == 0) return;
  s_.erase(index, std::min<size_t>(count, s_.size() - index));
}

void String::toLowerCase() {
  for (char &c : s_) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
}

void String::toUpperCase() {
  for (char &c : s_) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
}

void String::trim() {
  size_t begin = 0, end = s_.size();
  while (begin < end && isspace(static_cast<unsigned char>(s_[begin]))) begin++;
  while (end > begin && isspace(static_cast<unsigned char>(s_[end - 1]))) end--;
  s_ = s_.substr(begin, end - begin);
}

long String::toInt() const { return atol(s_.c_str()); }
float String::toFloat() const { return static_cast<float>(atof(s_.c_str())); }
double String::toDouble() const { return atof(s_.c_str()); }

String operator+(const String &lhs, const String &rhs) {
  String out(lhs);
  out.concat(rhs);
  return out;
}

String operator+(const String &lhs, const char *rhs) {
  String out(lhs);
  out.concat(rhs);
  return out;
}

String operator+(const char *lhs, const String &rhs) {
  String out(lhs);
  out.concat(rhs);
  return out;
}

String operator+(const String &lhs, char rhs) {
  String out(lhs);
  out.concat(rhs);
  return out;
}

#define TSESP_STRING_PLUS_NUMBER(T) \
  String operator+(const String &lhs, T rhs) { \
    String out(lhs);                           \
    out.concat(rhs);                           \
    return out;                                \
  }
TSESP_STRING_PLUS_NUMBER(unsigned char)
TSESP_STRING_PLUS_NUMBER(int)
TSESP_STRING_PLUS_NUMBER(unsigned int)
TSESP_STRING_PLUS_NUMBER(long)
TSESP_STRING_PLUS_NUMBER(unsigned long)
TSESP_STRING_PLUS_NUMBER(long long)
TSESP_STRING_PLUS_NUMBER(unsigned long long)
TSESP_STRING_PLUS_NUMBER(float)
TSESP_STRING_PLUS_NUMBER(double)
#undef TSESP_STRING_PLUS_NUMBER
