// Printable: a value that knows how to print itself to a Print (IPAddress is one), as in the
// Arduino core. Calling context: whatever the Print it prints to allows.
#pragma once

#include <stddef.h>

class Print;

class Printable {
 public:
  virtual ~Printable() = default;
  virtual size_t printTo(Print &p) const = 0;
};
