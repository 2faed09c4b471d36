// tsesp::String: UTF-16 semantics over UTF-8 storage (length, indexes, slicing through surrogate
// pairs), search, case, trim, split, comparison and concatenation.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "tsesp/array.h"
#include "tsesp/string.h"

using tsesp::String;

static std::string str(const String& s) { return std::string(s.c_str(), s.byteLength()); }

TEST_CASE("length and indexing count UTF-16 code units") {
  String ascii("hello");
  CHECK(ascii.length() == 5);
  CHECK(str(ascii.charAt(1)) == "e");
  CHECK(ascii.charCodeAt(0) == 104);
  CHECK(std::isnan(ascii.charCodeAt(9)));
  String accented("h\xC3\xA9llo");  // héllo
  CHECK(accented.length() == 5);
  CHECK(accented.charCodeAt(1) == 0xE9);
  String emoji("a\xF0\x9F\x98\x80" "b");  // a😀b
  CHECK(emoji.length() == 4);
  CHECK(emoji.charCodeAt(1) == 0xD83D);
  CHECK(emoji.charCodeAt(2) == 0xDE00);
  CHECK(emoji.indexOf("b") == 3);
  CHECK(str(emoji.slice(1, 3)) == "\xF0\x9F\x98\x80");
  CHECK(emoji.slice(1, 2).length() == 1);  // a lone surrogate survives
  CHECK(emoji.codePoints().length() == 3);
  CHECK(emoji.elementAt(7).isUndefined());
}

TEST_CASE("search, slice and substring") {
  String s("SET led=on");
  CHECK(s.indexOf("led") == 4);
  CHECK(s.indexOf("e", 5) == 5);
  CHECK(s.indexOf("x") == -1);
  CHECK(s.includes("="));
  CHECK(s.startsWith("led", 4));
  CHECK(s.endsWith("on"));
  CHECK(s.endsWith("led", 7));
  CHECK(str(s.slice(-2)) == "on");
  CHECK(str(s.slice(3, 1)) == "");
  CHECK(str(s.substring(7, 4)) == "led");
  CHECK(str(s.substring(-3, 3)) == "SET");
}

TEST_CASE("case, trim, split, compare, concat") {
  CHECK(str(String("MiXeD 1").toLowerCase()) == "mixed 1");
  CHECK(str(String("abc").toUpperCase()) == "ABC");
  CHECK(str(String(" \t x y \n").trim()) == "x y");
  tsesp::Array<String> parts = String("a,,b,").split(",");
  CHECK(parts.length() == 4);
  CHECK(str(parts.join("|")) == "a||b|");
  CHECK(String("").split(",").length() == 1);
  CHECK(String("abc").split("").length() == 3);
  CHECK((String("abc") < String("abd")));
  CHECK((String("Zebra") < String("apple")));
  CHECK((String("ab") == String("a") + String("b")));
  CHECK(str(tsesp::concat({"x", "=", "1"})) == "x=1");
  CHECK(str(String::fromCharCode(0x41)) == "A");
}

TEST_CASE("+= appends in place only when unobserved: copies keep their value") {
  String a("x");
  String b = a;  // shares a's storage
  a += String("y");
  CHECK(str(a) == "xy");
  CHECK(str(b) == "x");
  String grown;
  for (int i = 0; i < 1000; ++i) grown += String("ab");
  CHECK(grown.length() == 2000);
  String snapshot = grown;  // now shared: the next append must copy
  grown += String("!");
  CHECK(snapshot.length() == 2000);
  CHECK(grown.length() == 2001);
  CHECK(str(grown.slice(-3)) == "ab!");
  String self("ab");
  self += self;
  self += self;
  CHECK(str(self) == "abababab");
  String mixed("caf");
  mixed += String("\xC3\xA9");  // é: the non-ASCII flag and the UTF-16 length follow the append
  mixed += String("!");
  CHECK(mixed.length() == 5);
  CHECK_FALSE(mixed.isAscii());
  CHECK(mixed.charCodeAt(3) == 0xE9);
  String undef = String::undefinedValue();
  undef += String("");  // the undefined stand-in becomes the real text "undefined"
  CHECK(str(undef) == "undefined");
  CHECK_FALSE(undef.isUndefined());
}

TEST_CASE("index lookups on non-ASCII text walk from the last position and agree with JS") {
  // "añ😀b€": a(1) ñ(1) 😀(2 units: D83D DE00) b(1) €(1) = 6 UTF-16 units
  String s("a\xC3\xB1\xF0\x9F\x98\x80" "b\xE2\x82\xAC");
  CHECK(s.length() == 6);
  const double expected[] = {0x61, 0xF1, 0xD83D, 0xDE00, 0x62, 0x20AC};
  for (int i = 0; i < 6; ++i) CHECK(s.charCodeAt(i) == expected[i]);  // ascending: the cursor walks on
  for (int i = 5; i >= 0; --i) CHECK(s.charCodeAt(i) == expected[i]);  // descending: restarts, still right
  CHECK(std::isnan(s.charCodeAt(6)));
  CHECK(s.codePointAt(2).value() == 0x1F600);
  CHECK(s.codePointAt(3).value() == 0xDE00);
  CHECK(str(s.slice(1, 4)) == "\xC3\xB1\xF0\x9F\x98\x80");  // whole pair: bytes copied as they are
  CHECK(str(s.slice(4)) == "b\xE2\x82\xAC");
  CHECK(s.slice(2, 3).length() == 1);  // a split pair keeps the lone high surrogate (WTF-8)
  CHECK(s.slice(2, 3).charCodeAt(0) == 0xD83D);
  CHECK(s.slice(3).charCodeAt(0) == 0xDE00);
  CHECK(str(s.substring(6, 4)) == "b\xE2\x82\xAC");
  CHECK(str(s.elementAt(1)) == "\xC3\xB1");
  CHECK(s.elementAt(1.5).isUndefined());
  CHECK(s.elementAt(6).isUndefined());
  CHECK(str(s.charAt(5)) == "\xE2\x82\xAC");
  String broken("x\xE2\x82", 3);  // a truncated sequence: one U+FFFD, as decode() reads it
  CHECK(broken.charCodeAt(1) == 0xFFFD);
}
