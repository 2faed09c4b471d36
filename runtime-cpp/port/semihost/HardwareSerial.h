// HardwareSerial for the embedded proxy: UART0 is picolibc's stdout, which semihosting hands to QEMU's
// console. Calling context: the one bare-metal thread.
#pragma once

#include "Print.h"

class HardwareSerial : public Print {
 public:
  void begin(unsigned long baud) { (void)baud; }
  void end() { flush(); }
  int available() { return 0; }
  int read() { return -1; }
  using Print::write;
  size_t write(uint8_t c) override;
  size_t write(const uint8_t *buffer, size_t size) override;
  void flush() override;
  explicit operator bool() const { return true; }
};

extern HardwareSerial Serial;
