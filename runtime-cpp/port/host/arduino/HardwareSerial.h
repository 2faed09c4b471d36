// HardwareSerial on the PC: UART0 is the process's stdout. Writes are buffered and flushed at exit,
// on flush(), and when the sketch waits (delay), so output order matches the device's.
#pragma once

#include "Stream.h"

class HardwareSerial : public Stream {
 public:
  void begin(unsigned long baud) { (void)baud; }
  void end() { flush(); }
  int available() override { return 0; }
  int read() override { return -1; }
  int peek() override { return -1; }
  using Print::write;
  size_t write(uint8_t c) override;
  size_t write(const uint8_t *buffer, size_t size) override;
  void flush() override;
  explicit operator bool() const { return true; }
};

extern HardwareSerial Serial;
