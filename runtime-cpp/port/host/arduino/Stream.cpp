// Stream's timed reads and parsing (see Stream.h), on top of a subclass's read/peek/available.
#include "Stream.h"

#include <string.h>

#include "Arduino.h"

int Stream::timedRead() {
  unsigned long start = millis();
  do {
    int c = read();
    if (c >= 0) return c;
    yield();
  } while (millis() - start < timeout_);
  return -1;
}

int Stream::timedPeek() {
  unsigned long start = millis();
  do {
    int c = peek();
    if (c >= 0) return c;
    yield();
  } while (millis() - start < timeout_);
  return -1;
}

int Stream::peekNextDigit(bool allowDecimal, char ignore) {
  for (;;) {
    int c = timedPeek();
    if (c < 0 || c == '-' || (c >= '0' && c <= '9') || (allowDecimal && c == '.')) return c;
    if (c == ignore) {
      read();
      continue;
    }
    read();
  }
}

bool Stream::findUntil(const char *target, const char *terminator) {
  size_t targetLen = target ? strlen(target) : 0;
  size_t termLen = terminator ? strlen(terminator) : 0;
  if (targetLen == 0) return true;
  size_t matched = 0, termMatched = 0;
  for (;;) {
    int c = timedRead();
    if (c < 0) return false;
    matched = (c == target[matched]) ? matched + 1 : (c == target[0] ? 1 : 0);
    if (matched == targetLen) return true;
    if (termLen) {
      termMatched = (c == terminator[termMatched]) ? termMatched + 1 : (c == terminator[0] ? 1 : 0);
      if (termMatched == termLen) return false;
    }
  }
}

long Stream::parseInt(char ignore) {
  int c = peekNextDigit(false, ignore);
  if (c < 0) return 0;
  bool negative = false;
  long value = 0;
  do {
    if (c == ignore) {
    } else if (c == '-') {
      negative = true;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
    }
    read();
    c = timedPeek();
  } while ((c >= '0' && c <= '9') || c == ignore);
  return negative ? -value : value;
}

float Stream::parseFloat(char ignore) {
  int c = peekNextDigit(true, ignore);
  if (c < 0) return 0;
  bool negative = false, fraction = false;
  double value = 0, scale = 1;
  do {
    if (c == ignore) {
    } else if (c == '-') {
      negative = true;
    } else if (c == '.') {
      fraction = true;
    } else if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      if (fraction) scale *= 0.1;
    }
    read();
    c = timedPeek();
  } while ((c >= '0' && c <= '9') || (c == '.' && !fraction) || c == ignore);
  double result = value * scale;
  return static_cast<float>(negative ? -result : result);
}

size_t Stream::readBytes(char *buffer, size_t length) {
  size_t count = 0;
  while (count < length) {
    int c = timedRead();
    if (c < 0) break;
    buffer[count++] = static_cast<char>(c);
  }
  return count;
}

size_t Stream::readBytesUntil(char terminator, char *buffer, size_t length) {
  size_t count = 0;
  while (count < length) {
    int c = timedRead();
    if (c < 0 || c == terminator) break;
    buffer[count++] = static_cast<char>(c);
  }
  return count;
}

String Stream::readString() {
  String out;
  for (int c = timedRead(); c >= 0; c = timedRead()) out += static_cast<char>(c);
  return out;
}

String Stream::readStringUntil(char terminator) {
  String out;
  for (int c = timedRead(); c >= 0 && c != terminator; c = timedRead()) out += static_cast<char>(c);
  return out;
}
