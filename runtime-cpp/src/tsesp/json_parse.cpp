// JSON grammar check and the scalar readers of `JSON.parse(s) as T` (see json_parse.h).
#include "tsesp/json_parse.h"

#include <cstring>
#include <string>

#include "tsesp/number.h"
#include "tsesp/text.h"

namespace tsesp {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

const int kMaxDepth = 64;  // nesting a device stack can afford

}  // namespace

void JsonReader::skipSpace() {
  while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
}

bool JsonReader::syntaxError() {
  if (p_ >= end_) {
    message_ = String("Unexpected end of JSON input");
  } else {
    size_t length = (static_cast<unsigned char>(*p_) >> 6) == 3 ? ((*p_ & 0xF0) == 0xF0 ? 4 : (*p_ & 0xE0) == 0xE0 ? 3 : 2) : 1;
    if (p_ + length > end_) length = 1;
    String token(p_, length);
    message_ = concat({"Unexpected token ", token, " in JSON at position ", toString(static_cast<double>(p_ - begin_))});
  }
  return false;
}

bool JsonReader::validate() {
  skipSpace();
  if (!scanValue(0)) return false;
  skipSpace();
  return atEnd() || syntaxError();
}

bool JsonReader::expectLiteral(const char* word) {
  size_t n = strlen(word);
  for (size_t i = 0; i < n; ++i, ++p_)
    if (p_ >= end_ || *p_ != word[i]) return syntaxError();
  return true;
}

bool JsonReader::scanValue(int depth) {
  if (depth > kMaxDepth) return syntaxError();
  char c = peek();
  if (c == '"') return scanString();
  if (c == '-' || isDigit(c)) return scanNumber();
  if (c == 't') return expectLiteral("true");
  if (c == 'f') return expectLiteral("false");
  if (c == 'n') return expectLiteral("null");
  if (c != '{' && c != '[') return syntaxError();
  char close = c == '{' ? '}' : ']';
  ++p_;
  skipSpace();
  if (peek() == close) return ++p_, true;
  for (;;) {
    skipSpace();
    if (close == '}') {
      if (peek() != '"' || !scanString()) return peek() == '"' ? false : syntaxError();
      skipSpace();
      if (peek() != ':') return syntaxError();
      ++p_;
      skipSpace();
    }
    if (!scanValue(depth + 1)) return false;
    skipSpace();
    if (peek() == close) return ++p_, true;
    if (peek() != ',') return syntaxError();
    ++p_;
  }
}

bool JsonReader::scanString() {
  ++p_;  // '"'
  while (p_ < end_) {
    unsigned char c = static_cast<unsigned char>(*p_);
    if (c == '"') return ++p_, true;
    if (c < 0x20) return syntaxError();
    if (c == '\\') {
      ++p_;
      char e = peek();
      if (e == 'u') {
        for (int i = 1; i <= 4; ++i)
          if (p_ + i >= end_ || hexValue(p_[i]) < 0) return p_ += i, syntaxError();
        p_ += 5;
        continue;
      }
      if (!e || !strchr("\"\\/bfnrt", e)) return syntaxError();
    }
    ++p_;
  }
  return syntaxError();
}

bool JsonReader::scanNumber() {
  if (peek() == '-') ++p_;
  if (peek() == '0') {
    ++p_;
  } else if (isDigit(peek())) {
    while (isDigit(peek())) ++p_;
  } else {
    return syntaxError();
  }
  if (peek() == '.') {
    ++p_;
    if (!isDigit(peek())) return syntaxError();
    while (isDigit(peek())) ++p_;
  }
  if (peek() == 'e' || peek() == 'E') {
    ++p_;
    if (peek() == '+' || peek() == '-') ++p_;
    if (!isDigit(peek())) return syntaxError();
    while (isDigit(peek())) ++p_;
  }
  return true;
}

String JsonReader::where() const {
  std::string path(typeName_.c_str(), typeName_.byteLength());
  for (const String& part : path_) {
    if (part.c_str()[0] != '[') path += '.';
    path.append(part.c_str(), part.byteLength());
  }
  return String(path.data(), path.size());
}

bool JsonReader::typeError(const char* expected) {
  message_ = concat({"JSON.parse: ", where(), " must be ", expected});
  return false;
}

bool JsonReader::missing(const String& key) {
  message_ = concat({"JSON.parse: ", where(), ".", key, " is missing"});
  return false;
}

bool JsonReader::readNumber(double& out) {
  if (peek() != '-' && !isDigit(peek())) return typeError("a number");
  const char* start = p_;
  scanNumber();
  out = stringToNumber(String(start, static_cast<size_t>(p_ - start)));
  return true;
}

bool JsonReader::readBoolean(bool& out) {
  if (peek() == 't') return out = true, expectLiteral("true");
  if (peek() == 'f') return out = false, expectLiteral("false");
  return typeError("a boolean");
}

bool JsonReader::readNull() { return expectLiteral("null"); }

bool JsonReader::skipValue() { return scanValue(0); }

bool JsonReader::readString(String& out) {
  if (peek() != '"') return typeError("a string");
  ++p_;
  std::string text;
  while (*p_ != '"') {  // validated: the closing quote is there
    if (*p_ != '\\') {
      text += *p_++;
      continue;
    }
    char e = p_[1];
    p_ += 2;
    switch (e) {
      case 'b': text += '\b'; break;
      case 'f': text += '\f'; break;
      case 'n': text += '\n'; break;
      case 'r': text += '\r'; break;
      case 't': text += '\t'; break;
      case 'u': {
        uint32_t unit = 0;
        for (int i = 0; i < 4; ++i) unit = unit * 16 + static_cast<uint32_t>(hexValue(p_[i]));
        p_ += 4;
        if (unit >= 0xD800 && unit < 0xDC00 && p_ + 6 <= end_ && p_[0] == '\\' && p_[1] == 'u') {
          uint32_t low = 0;
          for (int i = 2; i < 6; ++i) low = low * 16 + static_cast<uint32_t>(hexValue(p_[i]));
          if (low >= 0xDC00 && low < 0xE000) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            p_ += 6;
          }
        }
        appendUtf8(text, unit);
        break;
      }
      default: text += e; break;  // " \ /
    }
  }
  ++p_;
  out = String(text.data(), text.size());
  return true;
}

}  // namespace tsesp
