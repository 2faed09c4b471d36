// Stream: a Print that can also be read (HardwareSerial, clients), with the Arduino core's timed
// parsing helpers. Timed reads poll read() until a byte arrives or the timeout (ms, default 1000)
// passes, yielding between polls. Calling context: the one task that reads the stream.
#pragma once

#include "Print.h"
#include "WString.h"

class Stream : public Print {
 public:
  virtual int available() = 0;
  virtual int read() = 0;
  virtual int peek() = 0;

  void setTimeout(unsigned long timeoutMs) { timeout_ = timeoutMs; }
  unsigned long getTimeout() const { return timeout_; }

  bool find(const char *target) { return findUntil(target, nullptr); }
  bool find(char target) {
    char t[2] = {target, 0};
    return find(t);
  }
  bool findUntil(const char *target, const char *terminator);
  long parseInt(char ignore = '\x01');
  float parseFloat(char ignore = '\x01');
  size_t readBytes(char *buffer, size_t length);
  size_t readBytes(uint8_t *buffer, size_t length) { return readBytes(reinterpret_cast<char *>(buffer), length); }
  size_t readBytesUntil(char terminator, char *buffer, size_t length);
  String readString();
  String readStringUntil(char terminator);

 protected:
  int timedRead();
  int timedPeek();
  int peekNextDigit(bool allowDecimal, char ignore);

 private:
  unsigned long timeout_ = 1000;  // ms
};
