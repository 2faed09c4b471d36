// `JSON.parse(s) as T`: the text is first checked against JSON's grammar (a SyntaxError, as JS
// throws, with "Unexpected token X in JSON at position N" / "Unexpected end of JSON input"), then
// read into T by a parser the compiler builds from T (lower/library/json.ts): numbers, strings,
// booleans, arrays, `| undefined` / `| null` members and sketch interfaces. Unknown keys are skipped;
// a missing required member or a value of the wrong type is a TypeError naming the member
// (documented deviation: JS does not check the shape, it returns whatever the text holds).
// Both errors are catchable (error.h throwError); the call then yields T's undefined value.
// Calling context: TS loop. Ownership: the result is a new value tree.
#pragma once

#include <cstddef>
#include <utility>

#include "tsesp/array.h"
#include "tsesp/error.h"
#include "tsesp/optional.h"
#include "tsesp/string.h"

namespace tsesp {

/** A cursor over JSON text with the first error it met. */
class JsonReader {
 public:
  JsonReader(const String& text, const String& typeName)
      : p_(text.c_str()), begin_(text.c_str()), end_(text.c_str() + text.byteLength()), typeName_(typeName) {}

  /** True if the whole text is one JSON value (else the SyntaxError message is set). */
  bool validate();
  void skipSpace();
  char peek() const { return p_ < end_ ? *p_ : '\0'; }
  bool atEnd() const { return p_ >= end_; }
  const String& message() const { return message_; }

  bool readNumber(double& out);
  bool readString(String& out);
  bool readBoolean(bool& out);
  bool readNull();
  bool skipValue();
  /** { "k": v, ... }: onMember(key) reads each value (the cursor is on it); false stops. */
  template <typename F>
  bool readObject(F onMember) {
    if (peek() != '{') return typeError("an object");
    ++p_;
    skipSpace();
    if (peek() == '}') return ++p_, true;
    for (;;) {
      String key;
      skipSpace();
      if (!readString(key)) return false;
      skipSpace();
      ++p_;  // ':' (validated)
      skipSpace();
      path_.push_back(key);
      bool ok = onMember(key);
      path_.pop_back();
      if (!ok) return false;
      skipSpace();
      if (*p_++ == '}') return true;  // else ','
    }
  }
  /** [ v, ... ]: onElement() reads each element. */
  template <typename F>
  bool readArray(F onElement) {
    if (peek() != '[') return typeError("an array");
    ++p_;
    skipSpace();
    if (peek() == ']') return ++p_, true;
    for (size_t index = 0;; ++index) {
      skipSpace();
      path_.push_back(concat({"[", toString(static_cast<double>(index)), "]"}));
      bool ok = onElement();
      path_.pop_back();
      if (!ok) return false;
      skipSpace();
      if (*p_++ == ']') return true;
    }
  }
  template <typename T, typename P>
  bool read(T& out, P parser) {
    skipSpace();
    return parser(*this, out);
  }
  /** A required member is absent: "JSON.parse: Config.port is missing". */
  bool missing(const String& key);
  /** The value here is not what T declares: "JSON.parse: Config.port must be a number". */
  bool typeError(const char* expected);

 private:
  bool syntaxError();
  bool expectLiteral(const char* word);
  bool scanValue(int depth);
  bool scanString();
  bool scanNumber();
  String where() const;

  const char* p_;
  const char* begin_;
  const char* end_;
  String typeName_;
  String message_;
  std::vector<String> path_;  // member keys / [index] from the root to the value being read
};

struct jsonNumber {
  bool operator()(JsonReader& r, double& out) const { return r.readNumber(out); }
};
struct jsonString {
  bool operator()(JsonReader& r, String& out) const { return r.readString(out); }
};
struct jsonBoolean {
  bool operator()(JsonReader& r, bool& out) const { return r.readBoolean(out); }
};
template <typename T, typename P>
auto jsonArrayOf(P element) {
  return [element](JsonReader& r, Array<T>& out) -> bool {
    out = Array<T>();
    return r.readArray([&]() -> bool {
      T item = undefinedOf<T>();
      if (!r.read(item, element)) return false;
      out.push(std::move(item));
      return true;
    });
  };
}
/** A `?:` member or `T | undefined`: present values are read as T (null is a type error). */
template <typename T, typename P>
auto jsonOptionalOf(P inner) {
  return [inner](JsonReader& r, Optional<T>& out) -> bool {
    T value = undefinedOf<T>();
    if (!r.read(value, inner)) return false;
    out = Optional<T>(std::move(value));
    return true;
  };
}
/** `T | null`: the literal null, or a T. */
template <typename T, typename P>
auto jsonNullableOf(P inner) {
  return [inner](JsonReader& r, Optional<T>& out) -> bool {
    if (r.peek() == 'n') {
      out = Optional<T>(null);
      return r.readNull();
    }
    T value = undefinedOf<T>();
    if (!r.read(value, inner)) return false;
    out = Optional<T>(std::move(value));
    return true;
  };
}

/** `JSON.parse(text) as T`: SyntaxError / TypeError (catchable) and T's undefined value on failure. */
template <typename T, typename P>
T jsonParse(const String& text, P parser, const String& typeName) {
  JsonReader syntax(text, typeName);
  if (!syntax.validate()) {
    throwError(ErrorKind::SyntaxError, syntax.message());
    return undefinedOf<T>();
  }
  JsonReader reader(text, typeName);
  T out = undefinedOf<T>();
  if (!reader.read(out, parser)) {
    throwError(ErrorKind::TypeError, reader.message());
    return undefinedOf<T>();
  }
  return out;
}

}  // namespace tsesp
