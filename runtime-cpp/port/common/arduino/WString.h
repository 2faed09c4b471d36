// Arduino's String for the PC port and the embedded proxy: a growable byte string with the core's API (constructors from
// numbers in a base or with decimals, concat/+/+=, compare, search, substring, replace, trim, case,
// toInt/toFloat). Out-of-range indexes behave as in the core: charAt returns 0, writes are ignored,
// substring clamps. Storage is a std::string; c_str() is valid until the String changes.
// Calling context: any thread; one String is not shared between threads without a lock.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <string>

#define F(string_literal) (string_literal)
#define PSTR(s) (s)
#define FPSTR(p) (p)

class String {
 public:
  String(const char *cstr = "") : s_(cstr ? cstr : "") {}
  String(const char *cstr, size_t length) : s_(cstr ? std::string(cstr, length) : std::string()) {}
  String(const String &other) = default;
  String(String &&other) noexcept = default;
  explicit String(char c) : s_(1, c) {}
  explicit String(unsigned char value, unsigned char base = 10);
  explicit String(int value, unsigned char base = 10);
  explicit String(unsigned int value, unsigned char base = 10);
  explicit String(long value, unsigned char base = 10);
  explicit String(unsigned long value, unsigned char base = 10);
  explicit String(long long value, unsigned char base = 10);
  explicit String(unsigned long long value, unsigned char base = 10);
  explicit String(float value, unsigned int decimalPlaces = 2);
  explicit String(double value, unsigned int decimalPlaces = 2);
  ~String() = default;

  String &operator=(const String &rhs) = default;
  String &operator=(String &&rhs) noexcept = default;
  String &operator=(const char *cstr);

  bool reserve(unsigned int size);
  unsigned int length() const { return static_cast<unsigned int>(s_.size()); }
  bool isEmpty() const { return s_.empty(); }
  void clear() { s_.clear(); }

  bool concat(const String &str);
  bool concat(const char *cstr);
  bool concat(const char *cstr, unsigned int length);
  bool concat(const uint8_t *cstr, unsigned int length) { return concat(reinterpret_cast<const char *>(cstr), length); }
  bool concat(char c);
  bool concat(unsigned char num) { return concat(String(num)); }
  bool concat(int num) { return concat(String(num)); }
  bool concat(unsigned int num) { return concat(String(num)); }
  bool concat(long num) { return concat(String(num)); }
  bool concat(unsigned long num) { return concat(String(num)); }
  bool concat(long long num) { return concat(String(num)); }
  bool concat(unsigned long long num) { return concat(String(num)); }
  bool concat(float num) { return concat(String(num)); }
  bool concat(double num) { return concat(String(num)); }

  template <typename T>
  String &operator+=(const T &rhs) {
    concat(rhs);
    return *this;
  }

  int compareTo(const String &s) const;
  bool equals(const String &s) const { return s_ == s.s_; }
  bool equals(const char *cstr) const { return s_ == (cstr ? cstr : ""); }
  bool equalsIgnoreCase(const String &s) const;
  bool equalsConstantTime(const String &s) const;
  bool operator==(const String &rhs) const { return equals(rhs); }
  bool operator==(const char *cstr) const { return equals(cstr); }
  bool operator!=(const String &rhs) const { return !equals(rhs); }
  bool operator!=(const char *cstr) const { return !equals(cstr); }
  bool operator<(const String &rhs) const { return compareTo(rhs) < 0; }
  bool operator>(const String &rhs) const { return compareTo(rhs) > 0; }
  bool operator<=(const String &rhs) const { return compareTo(rhs) <= 0; }
  bool operator>=(const String &rhs) const { return compareTo(rhs) >= 0; }
  bool startsWith(const String &prefix) const { return startsWith(prefix, 0); }
  bool startsWith(const String &prefix, unsigned int offset) const;
  bool endsWith(const String &suffix) const;

  char charAt(unsigned int index) const { return index < s_.size() ? s_[index] : 0; }
  void setCharAt(unsigned int index, char c) {
    if (index < s_.size()) s_[index] = c;
  }
  char operator[](unsigned int index) const { return charAt(index); }
  char &operator[](unsigned int index);
  void getBytes(unsigned char *buf, unsigned int bufsize, unsigned int index = 0) const;
  void toCharArray(char *buf, unsigned int bufsize, unsigned int index = 0) const {
    getBytes(reinterpret_cast<unsigned char *>(buf), bufsize, index);
  }
  const char *c_str() const { return s_.c_str(); }
  char *begin() { return &s_[0]; }
  char *end() { return &s_[0] + s_.size(); }
  const char *begin() const { return c_str(); }
  const char *end() const { return c_str() + s_.size(); }

  int indexOf(char ch, unsigned int fromIndex = 0) const;
  int indexOf(const String &str, unsigned int fromIndex = 0) const;
  int lastIndexOf(char ch) const { return lastIndexOf(ch, length()); }
  int lastIndexOf(char ch, unsigned int fromIndex) const;
  int lastIndexOf(const String &str) const { return lastIndexOf(str, length()); }
  int lastIndexOf(const String &str, unsigned int fromIndex) const;
  String substring(unsigned int beginIndex) const { return substring(beginIndex, length()); }
  String substring(unsigned int beginIndex, unsigned int endIndex) const;

  void replace(char find, char replacement);
  void replace(const String &find, const String &replacement);
  void remove(unsigned int index) { remove(index, length()); }
  void remove(unsigned int index, unsigned int count);
  void toLowerCase();
  void toUpperCase();
  void trim();

  long toInt() const;
  float toFloat() const;
  double toDouble() const;

 private:
  std::string s_;
};

String operator+(const String &lhs, const String &rhs);
String operator+(const String &lhs, const char *rhs);
String operator+(const char *lhs, const String &rhs);
String operator+(const String &lhs, char rhs);
String operator+(const String &lhs, unsigned char rhs);
String operator+(const String &lhs, int rhs);
String operator+(const String &lhs, unsigned int rhs);
String operator+(const String &lhs, long rhs);
String operator+(const String &lhs, unsigned long rhs);
String operator+(const String &lhs, long long rhs);
String operator+(const String &lhs, unsigned long long rhs);
String operator+(const String &lhs, float rhs);
String operator+(const String &lhs, double rhs);
inline bool operator==(const char *lhs, const String &rhs) { return rhs.equals(lhs); }
inline bool operator!=(const char *lhs, const String &rhs) { return !rhs.equals(lhs); }
