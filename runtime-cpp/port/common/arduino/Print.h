// Print: the byte-sink base class of the Arduino core (Serial, clients). Formatting follows the
// ESP32 core: integers in a base, doubles with a digit count (default 2), println appends "\r\n".
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>

#define DEC 10
#define HEX 16
#define OCT 8
#define BIN 2

class String;
class Printable;

class Print {
 public:
  virtual ~Print() = default;
  virtual size_t write(uint8_t c) = 0;
  virtual size_t write(const uint8_t *buffer, size_t size);
  size_t write(const char *str) { return str ? write(reinterpret_cast<const uint8_t *>(str), strlen(str)) : 0; }
  size_t write(const char *buffer, size_t size) { return write(reinterpret_cast<const uint8_t *>(buffer), size); }
  virtual void flush() {}

  size_t printf(const char *format, ...) __attribute__((format(printf, 2, 3)));

  size_t print(const char *s) { return write(s); }
  size_t print(const String &s);
  size_t print(const Printable &x);
  size_t print(char c) { return write(static_cast<uint8_t>(c)); }
  size_t print(unsigned char n, int base = DEC) { return printNumber(n, base); }
  size_t print(int n, int base = DEC) { return printSigned(n, base); }
  size_t print(unsigned int n, int base = DEC) { return printNumber(n, base); }
  size_t print(long n, int base = DEC) { return printSigned(n, base); }
  size_t print(unsigned long n, int base = DEC) { return printNumber(n, base); }
  size_t print(long long n, int base = DEC) { return printSigned(n, base); }
  size_t print(unsigned long long n, int base = DEC) { return printNumber(n, base); }
  size_t print(double n, int digits = 2) { return printFloat(n, digits); }

  size_t println() { return write("\r\n"); }
  template <typename T>
  size_t println(const T &value) { size_t n = print(value); return n + println(); }
  template <typename T>
  size_t println(const T &value, int baseOrDigits) { size_t n = print(value, baseOrDigits); return n + println(); }

 private:
  size_t printSigned(long long n, int base);
  size_t printNumber(unsigned long long n, int base);
  size_t printFloat(double n, int digits);
};
