// Arduino String on the PC port: construction from numbers, concatenation, comparison, search,
// substring/replace/remove/trim/case, conversions and out-of-range behaviour, and printing.
#include <doctest/doctest.h>

#include "Arduino.h"

namespace {

// A Print that records what it is given.
struct Capture : Print {
  std::string text;
  size_t write(uint8_t c) override {
    text += static_cast<char>(c);
    return 1;
  }
};

}  // namespace

TEST_CASE("numbers format in a base or with decimals, as the core does") {
  CHECK(String(42) == "42");
  CHECK(String(-42) == "-42");
  CHECK(String(255, HEX) == "ff");
  CHECK(String(5, BIN) == "101");
  CHECK(String(-1, HEX) == "ffffffff");
  CHECK(String(4000000000ul) == "4000000000");
  CHECK(String(-9000000000ll) == "-9000000000");
  CHECK(String(3.14159) == "3.14");
  CHECK(String(2.5f, 3) == "2.500");
  CHECK(String(-0.5, 0) == "-0");
  CHECK(String('x') == "x");
  CHECK(String(static_cast<unsigned char>(200)) == "200");
}

TEST_CASE("concat, + and += build strings from every kind of value") {
  String s = "a";
  s += "b";
  s += 'c';
  s += 1;
  s += 2.5;
  CHECK(s == "abc12.50");
  String t = String("x=") + 10 + ", y=" + 20u + '!';
  CHECK(t == "x=10, y=20!");
  CHECK("pre" + String("fix") == "prefix");
  CHECK(s.length() == 8);
  CHECK_FALSE(s.isEmpty());
  CHECK(String().isEmpty());
  CHECK(String(nullptr) == "");
}

TEST_CASE("comparison and search") {
  String s = "Hello, World";
  CHECK(s.equals("Hello, World"));
  CHECK(s.equalsIgnoreCase(String("hello, world")));
  CHECK(s.compareTo(String("Hello")) > 0);
  CHECK(String("abc") < String("abd"));
  CHECK(s.startsWith("Hello"));
  CHECK(s.startsWith("World", 7));
  CHECK(s.endsWith("World"));
  CHECK_FALSE(s.endsWith("Hello, World!"));
  CHECK(s.indexOf('o') == 4);
  CHECK(s.indexOf('o', 5) == 8);
  CHECK(s.indexOf("World") == 7);
  CHECK(s.indexOf('z') == -1);
  CHECK(s.lastIndexOf('o') == 8);
  CHECK(s.lastIndexOf("l") == 10);
  CHECK(s.charAt(1) == 'e');
  CHECK(s.charAt(100) == 0);
  CHECK(s[0] == 'H');
}

TEST_CASE("editing: substring, replace, remove, trim, case, setCharAt") {
  String s = "  Mixed Case Text \t\n";
  s.trim();
  CHECK(s == "Mixed Case Text");
  CHECK(s.substring(6) == "Case Text");
  CHECK(s.substring(6, 10) == "Case");
  CHECK(s.substring(10, 6) == "Case");
  CHECK(s.substring(100) == "");
  s.replace("Case", "Up");
  CHECK(s == "Mixed Up Text");
  s.replace(' ', '_');
  CHECK(s == "Mixed_Up_Text");
  s.remove(5, 3);
  CHECK(s == "Mixed_Text");
  s.remove(5);
  CHECK(s == "Mixed");
  s.toUpperCase();
  CHECK(s == "MIXED");
  s.toLowerCase();
  CHECK(s == "mixed");
  s.setCharAt(0, 'M');
  s.setCharAt(99, '!');
  CHECK(s == "Mixed");
  s[99] = 'x';  // ignored, as in the core
  CHECK(s == "Mixed");
}

TEST_CASE("conversions and copies out") {
  CHECK(String("123abc").toInt() == 123);
  CHECK(String("-7").toInt() == -7);
  CHECK(String("2.75").toFloat() == doctest::Approx(2.75));
  CHECK(String("junk").toInt() == 0);
  char buf[4];
  String("abcdef").toCharArray(buf, sizeof buf);
  CHECK(std::string(buf) == "abc");
  unsigned char bytes[8];
  String("xyz").getBytes(bytes, sizeof bytes, 1);
  CHECK(std::string(reinterpret_cast<char *>(bytes)) == "yz");
}

TEST_CASE("Print prints Strings and println ends lines with CRLF") {
  Capture out;
  out.print(String("v="));
  out.println(String(12));
  out.println(7, HEX);
  CHECK(out.text == "v=12\r\n7\r\n");
}
