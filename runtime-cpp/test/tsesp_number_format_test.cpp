// tsesp number formatting and parsing against values Node prints (Number::toString, toFixed,
// toString(radix), Number(s), parseInt, parseFloat) and the ToInt32 integer operators.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "tsesp/number.h"

using tsesp::String;

static std::string str(const String& s) { return std::string(s.c_str(), s.byteLength()); }

TEST_CASE("numberToString matches Number::toString") {
  CHECK(str(tsesp::numberToString(0)) == "0");
  CHECK(str(tsesp::numberToString(-0.0)) == "0");
  CHECK(str(tsesp::numberToString(0.1 + 0.2)) == "0.30000000000000004");
  CHECK(str(tsesp::numberToString(1.0 / 3)) == "0.3333333333333333");
  CHECK(str(tsesp::numberToString(1e21)) == "1e+21");
  CHECK(str(tsesp::numberToString(1e20)) == "100000000000000000000");
  CHECK(str(tsesp::numberToString(123456789012345680000.0)) == "123456789012345680000");
  CHECK(str(tsesp::numberToString(1e-6)) == "0.000001");
  CHECK(str(tsesp::numberToString(1e-7)) == "1e-7");
  CHECK(str(tsesp::numberToString(1.5e-7)) == "1.5e-7");
  CHECK(str(tsesp::numberToString(-2.5e-10)) == "-2.5e-10");
  CHECK(str(tsesp::numberToString(5e-324)) == "5e-324");
  CHECK(str(tsesp::numberToString(1.7976931348623157e308)) == "1.7976931348623157e+308");
  CHECK(str(tsesp::numberToString(NAN)) == "NaN");
  CHECK(str(tsesp::numberToString(-INFINITY)) == "-Infinity");
  CHECK(str(tsesp::numberToString(9007199254740993.0)) == "9007199254740992");
}

TEST_CASE("toFixed rounds half away from zero on the exact value") {
  CHECK(str(tsesp::numberToFixed(2.5, 0)) == "3");
  CHECK(str(tsesp::numberToFixed(-2.5, 0)) == "-3");
  CHECK(str(tsesp::numberToFixed(1.005, 2)) == "1.00");
  CHECK(str(tsesp::numberToFixed(1.25, 1)) == "1.3");
  CHECK(str(tsesp::numberToFixed(1.45, 1)) == "1.4");
  CHECK(str(tsesp::numberToFixed(-0.0001, 2)) == "-0.00");
  CHECK(str(tsesp::numberToFixed(9.995, 2)) == "9.99");
  CHECK(str(tsesp::numberToFixed(99.5, 0)) == "100");
  CHECK(str(tsesp::numberToFixed(1e21, 2)) == "1e+21");
}

TEST_CASE("toString(radix)") {
  CHECK(str(tsesp::numberToStringRadix(255, 16)) == "ff");
  CHECK(str(tsesp::numberToStringRadix(255, 2)) == "11111111");
  CHECK(str(tsesp::numberToStringRadix(-255, 36)) == "-73");
  CHECK(str(tsesp::numberToStringRadix(0.5, 2)) == "0.1");
  CHECK(str(tsesp::numberToStringRadix(3.75, 16)) == "3.c");
}

TEST_CASE("parsing") {
  CHECK(tsesp::stringToNumber("  42  ") == 42);
  CHECK(tsesp::stringToNumber("") == 0);
  CHECK(tsesp::stringToNumber("0x1F") == 31);
  CHECK(std::isnan(tsesp::stringToNumber("12px")));
  CHECK(std::isnan(tsesp::stringToNumber("1_000")));
  CHECK(tsesp::stringToNumber("-Infinity") == -INFINITY);
  CHECK(tsesp::parseInt("12px") == 12);
  CHECK(tsesp::parseInt("0x1F") == 31);
  CHECK(tsesp::parseInt("ff", 16) == 255);
  CHECK(std::isnan(tsesp::parseInt("9", 8)));
  CHECK(tsesp::parseFloat("3.14abc") == 3.14);
  CHECK(tsesp::parseFloat(".5") == 0.5);
  CHECK(std::isnan(tsesp::parseFloat("abc")));
}

TEST_CASE("ToInt32 and the integer operators") {
  CHECK(tsesp::toInt32(2147483648.0) == -2147483647 - 1);
  CHECK(tsesp::toUint32(-1) == 4294967295u);
  CHECK(tsesp::toInt32(NAN) == 0);
  CHECK(tsesp::toInt32(1e10) == 1410065408);
  CHECK(tsesp::shiftLeft(1, 31) == -2147483648.0);
  CHECK(tsesp::shiftLeft(1, 32) == 1);
  CHECK(tsesp::shiftRightUnsigned(-1, 28) == 15);
  CHECK(tsesp::shiftRight(-16, 2) == -4);
  CHECK(tsesp::mod(-7, 3) == -1);
  CHECK(std::signbit(tsesp::mod(-0.0, 5)));
}
