// tsesp::Array bounds checks and JS array semantics, and reference counting of objects, closures
// and boxes (run under ASan in CI: a missed release shows up as a leak, a double one as a crash).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "tsesp/array.h"
#include "tsesp/function.h"
#include "tsesp/ref.h"

using tsesp::Array;
using tsesp::String;

namespace {

int liveWidgets = 0;

struct Widget : tsesp::Object {
  explicit Widget(int v) : value(v) { ++liveWidgets; }
  ~Widget() override { --liveWidgets; }
  int value;
};

std::string str(const String& s) { return std::string(s.c_str(), s.byteLength()); }

}  // namespace

TEST_CASE("out-of-range reads are defined, writes past the end grow the array") {
  Array<double> a{1, 2, 3};
  CHECK(std::isnan(a.get(3)));
  CHECK(std::isnan(a.get(-1)));
  CHECK(std::isnan(a.get(0.5)));
  a.slot(5) = 6;
  CHECK(a.length() == 6);
  Array<String> s{"x"};
  CHECK(s.get(4).isUndefined());
  s.slot(2) = "z";
  CHECK(str(s.join("-")) == "x--z");
  Array<Array<double>> nested{Array<double>{1}};
  CHECK(nested.get(3).isUndefined());
}

TEST_CASE("push, pop, indexOf, includes, slice") {
  Array<double> a;
  CHECK(a.push(1, 2, 3) == 3);
  CHECK(a.pop().value() == 3);
  CHECK(Array<double>().pop().isUndefined());
  Array<double> nan{NAN};
  CHECK(nan.indexOf(NAN) == -1);
  CHECK(nan.includes(NAN));
  Array<double> b{1, 2, 3, 4};
  CHECK(str(b.slice(-2).join(",")) == "3,4");
  CHECK(str(b.slice(1, -1).join(",")) == "2,3");
}

TEST_CASE("sort: string order by default, stable with a comparator") {
  Array<double> a{10, 9, 1, 100};
  CHECK(str(a.sort().join(",")) == "1,10,100,9");
  Array<String> words{"bb", "a", "cc", "d"};
  words.sort([](const String& x, const String& y) { return x.length() - y.length(); });
  CHECK(str(words.join(",")) == "a,d,bb,cc");
}

TEST_CASE("objects are freed when the last Ref goes, including through closures and boxes") {
  {
    tsesp::Ref<Widget> w = tsesp::make<Widget>(7);
    tsesp::Function<int()> read = [w]() { return w->value; };
    tsesp::Box<tsesp::Ref<Widget>> box{w};
    Array<tsesp::Ref<Widget>> list{w, w};
    CHECK(liveWidgets == 1);
    w = nullptr;
    CHECK(read() == 7);
    CHECK((*box)->value == 7);
    CHECK(liveWidgets == 1);
  }
  CHECK(liveWidgets == 0);
}
