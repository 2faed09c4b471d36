// Typed-array conversions and bounds, DataView byte order, the UTF-8 decoder's replacement rules, and
// the parts of `JSON.parse(s) as T` the program corpus cannot compare with Node because they are
// documented deviations (shape errors are TypeErrors naming the member; JS would not check).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "tsesp/data_view.h"
#include "tsesp/error.h"
#include "tsesp/json.h"
#include "tsesp/json_parse.h"
#include "tsesp/text.h"
#include "tsesp/typed_array.h"

using tsesp::String;

namespace {

std::string str(const String& s) { return std::string(s.c_str(), s.byteLength()); }

struct Port : tsesp::Object {
  double number = 0;
  tsesp::String host;
  void tsesp_inspect(tsesp::ObjectInspection& out) const override {
    out.field("number", number);
    out.field("host", host);
  }
};

// What lower/library/json.ts generates for `interface Port { number: number; host: string }`.
bool readPort(tsesp::JsonReader& r, tsesp::Ref<Port>& out) {
  out = tsesp::make<Port>();
  bool has_number = false, has_host = false;
  if (!r.readObject([&](const String& key) -> bool {
        if (key == String("number")) return has_number = true, r.read(out->number, tsesp::jsonNumber{});
        if (key == String("host")) return has_host = true, r.read(out->host, tsesp::jsonString{});
        return r.skipValue();
      }))
    return false;
  if (!has_number) return r.missing(String("number"));
  if (!has_host) return r.missing(String("host"));
  return true;
}

std::string pendingError() {
  tsesp::Ref<tsesp::Error> e = tsesp::takeError();
  return e ? str(e->name) + ": " + str(e->message) : std::string("none");
}

}  // namespace

TEST_CASE("typed-array writes convert as JS and stay in bounds") {
  tsesp::Uint8ClampedArray clamped(tsesp::Array<double>{0.5, 1.5, 2.5, -3, 300, NAN});
  CHECK(str(clamped.join()) == "0,2,2,0,255,0");
  tsesp::Int8Array bytes(3.0);
  bytes.slot(0) = 200;
  bytes.slot(1) = -129;
  bytes.slot(7) = 5;  // ignored
  CHECK(str(bytes.join()) == "-56,127,0");
  CHECK(std::isnan(bytes.get(3)));
  tsesp::Float32Array floats(tsesp::Array<double>{3.4028235e38, -1e39, 0.1});  // rounds down to FLT_MAX, -Infinity
  CHECK(std::isinf(floats.get(1)));
  CHECK(floats.get(0) == static_cast<double>(3.4028234663852886e38f));
  CHECK(floats.get(2) == static_cast<double>(0.1f));
  tsesp::Uint8Array view = tsesp::Uint8Array(tsesp::Array<double>{1, 2, 3, 4}).subarray(1, 3);
  view.slot(0) = 9;
  CHECK(view.byteOffset() == 1);
  CHECK(str(tsesp::toString(view.buffer().byteLength())) == "4");
}

TEST_CASE("DataView reads and writes either byte order; out of bounds is a catchable RangeError") {
  tsesp::ArrayBuffer buffer(8.0);
  tsesp::DataView view(buffer);
  view.setUint32(0, 0x01020304);
  view.setUint16(4, 0x0506, true);
  CHECK(buffer.data()[0] == 1);
  CHECK(buffer.data()[3] == 4);
  CHECK(buffer.data()[4] == 6);
  CHECK(view.getUint32(0, true) == 0x04030201);
  CHECK(view.getInt16(6) == 0);
  CHECK(view.getFloat64(1) == view.getFloat64(1));
  CHECK(pendingError() == "RangeError: Offset is outside the bounds of the DataView");
}

TEST_CASE("the UTF-8 decoder replaces each maximal invalid subsequence with one U+FFFD") {
  const uint8_t input[] = {0x61, 0xF0, 0x9F, 0x98, 0x62, 0xC0, 0x80, 0xED, 0xA0, 0x80};
  String text = tsesp::decodeUtf8(input, sizeof input, false, false);
  CHECK(text.length() == 8);  // a, FFFD, b, FFFD, FFFD, FFFD, FFFD, FFFD
  CHECK(text.charCodeAt(1) == 0xFFFD);
  CHECK(text.charCodeAt(2) == 'b');
  CHECK(str(tsesp::decodeUtf8(input, 1, true, false)) == "a");
  CHECK(str(tsesp::decodeUtf8(input, sizeof input, true, false)).empty());
  CHECK(pendingError() == "TypeError: The encoded data was not valid for encoding utf-8");
}

TEST_CASE("JSON.parse as an interface reads members and reports shape errors by name") {
  tsesp::Ref<Port> port = tsesp::jsonParse<tsesp::Ref<Port>>(String(R"( {"host": "a\u00e9", "extra": [1, {}], "number": 8080} )"), readPort, String("Port"));
  REQUIRE(port);
  CHECK(port->number == 8080);
  CHECK(str(port->host) == "a\xC3\xA9");
  CHECK(str(tsesp::jsonStringify(port)) == R"({"number":8080,"host":"aé"})");
  CHECK(pendingError() == "none");

  CHECK(!tsesp::jsonParse<tsesp::Ref<Port>>(String(R"({"host": "x"})"), readPort, String("Port")));
  CHECK(pendingError() == "TypeError: JSON.parse: Port.number is missing");
  CHECK(!tsesp::jsonParse<tsesp::Ref<Port>>(String(R"({"number": "80", "host": "x"})"), readPort, String("Port")));
  CHECK(pendingError() == "TypeError: JSON.parse: Port.number must be a number");
  auto ports = tsesp::jsonArrayOf<tsesp::Ref<Port>>(readPort);
  CHECK(tsesp::jsonParse<tsesp::Array<tsesp::Ref<Port>>>(String(R"([{"number": 1, "host": ""}, {"number": 2, "host": 3}])"), ports, String("Port[]")).isUndefined());
  CHECK(pendingError() == "TypeError: JSON.parse: Port[][1].host must be a string");
  CHECK(!tsesp::jsonParse<tsesp::Ref<Port>>(String(R"({"number": 1,})"), readPort, String("Port")));
  CHECK(pendingError() == "SyntaxError: Unexpected token } in JSON at position 13");
  CHECK(!tsesp::jsonParse<tsesp::Ref<Port>>(String("[1"), readPort, String("Port")));
  CHECK(pendingError() == "SyntaxError: Unexpected end of JSON input");
}
