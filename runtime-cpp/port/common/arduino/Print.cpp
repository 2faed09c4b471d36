// Print's formatting, shared by every Print subclass on both ports (PC and embedded proxy).
#include "Print.h"

#include "Printable.h"
#include "WString.h"

#include <cmath>
#include <cstdio>

size_t Print::write(const uint8_t *buffer, size_t size) {
  size_t n = 0;
  while (size--) n += write(*buffer++);
  return n;
}

size_t Print::printf(const char *format, ...) {
  char small[128];
  va_list args;
  va_start(args, format);
  int len = vsnprintf(small, sizeof small, format, args);
  va_end(args);
  if (len < 0) return 0;
  if (static_cast<size_t>(len) < sizeof small) return write(small, static_cast<size_t>(len));
  char *big = new char[static_cast<size_t>(len) + 1];
  va_start(args, format);
  vsnprintf(big, static_cast<size_t>(len) + 1, format, args);
  va_end(args);
  size_t n = write(big, static_cast<size_t>(len));
  delete[] big;
  return n;
}

size_t Print::printSigned(long long n, int base) {
  if (n < 0 && base == DEC) {
    size_t t = write('-');
    return t + printNumber(static_cast<unsigned long long>(-(n + 1)) + 1u, base);
  }
  return printNumber(static_cast<unsigned long long>(n), base);
}

size_t Print::printNumber(unsigned long long n, int base) {
  char buf[8 * sizeof(unsigned long long) + 1];
  char *p = &buf[sizeof buf - 1];
  *p = '\0';
  if (base < 2) base = 10;
  do {
    unsigned digit = static_cast<unsigned>(n % static_cast<unsigned>(base));
    n /= static_cast<unsigned>(base);
    *--p = static_cast<char>(digit < 10 ? '0' + digit : 'A' + digit - 10);
  } while (n);
  return write(p);
}

size_t Print::printFloat(double n, int digits) {
  if (std::isnan(n)) return write("nan");
  if (std::isinf(n)) return write(n < 0 ? "-inf" : "inf");
  char buf[64];
  if (digits < 0) digits = 0;
  if (digits > 20) digits = 20;
  int len = snprintf(buf, sizeof buf, "%.*f", digits, n);
  if (len < 0) return 0;
  return write(buf, static_cast<size_t>(len) < sizeof buf ? static_cast<size_t>(len) : sizeof buf - 1);
}

size_t Print::print(const String &s) { return write(s.c_str(), s.length()); }

size_t Print::print(const Printable &x) { return x.printTo(*this); }
