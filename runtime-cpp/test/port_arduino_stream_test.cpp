// Stream's timed parsing helpers on the PC port, over an in-memory stream.
#include <doctest/doctest.h>

#include <string>

#include "Arduino.h"

namespace {

struct MemoryStream : Stream {
  std::string input;
  size_t position = 0;
  std::string output;
  int available() override { return static_cast<int>(input.size() - position); }
  int read() override { return position < input.size() ? static_cast<unsigned char>(input[position++]) : -1; }
  int peek() override { return position < input.size() ? static_cast<unsigned char>(input[position]) : -1; }
  size_t write(uint8_t c) override {
    output += static_cast<char>(c);
    return 1;
  }
};

}  // namespace

TEST_CASE("parseInt and parseFloat skip to the number and stop after it") {
  MemoryStream s;
  s.setTimeout(10);
  s.input = "temp: -42 C, ratio 3.25;";
  CHECK(s.parseInt() == -42);
  CHECK(s.parseFloat() == doctest::Approx(3.25));
  CHECK(s.read() == ';');
  CHECK(s.parseInt() == 0);  // times out: nothing left
}

TEST_CASE("find, readStringUntil and readBytes") {
  MemoryStream s;
  s.setTimeout(10);
  s.input = "HTTP/1.1 200 OK\r\nHost: x\r\n\r\nbody";
  CHECK(s.find("200"));
  CHECK(s.readStringUntil('\n') == " OK\r");
  CHECK(s.findUntil("\r\n\r\n", "zzz"));
  char buf[8] = {};
  CHECK(s.readBytes(buf, 8) == 4);
  CHECK(std::string(buf) == "body");
  CHECK_FALSE(s.find("more"));
}

TEST_CASE("a timed read gives up after the timeout") {
  MemoryStream s;
  s.setTimeout(30);
  unsigned long start = millis();
  CHECK(s.readString() == "");
  CHECK(millis() - start >= 30);
}
