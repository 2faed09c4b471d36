// JSON.stringify's scalar cases and layout (see json.h).
#include "tsesp/json.h"

#include <cmath>
#include <string>

#include "tsesp/number.h"

namespace tsesp {

String jsonQuote(const String& s) {
  static const char digits[] = "0123456789abcdef";
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.c_str());
  size_t n = s.byteLength();
  std::string out = "\"";
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = p[i];
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (c < 0x20) {
      out += "\\u00";
      out += digits[c >> 4];
      out += digits[c & 15];
    } else if (c == 0xED && i + 2 < n && p[i + 1] >= 0xA0) {  // a lone surrogate (WTF-8): \udxxx
      unsigned unit = 0xD000u | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 15];
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return String(out.data(), out.size());
}

String jsonJoin(const std::vector<String>& parts, char open, char close, const JsonContext& ctx) {
  std::string out(1, open);
  if (parts.empty()) return String((out + close).c_str());
  bool pretty = ctx.gap.byteLength() > 0;
  std::string inner = std::string(ctx.indent.c_str(), ctx.indent.byteLength()) + std::string(ctx.gap.c_str(), ctx.gap.byteLength());
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += ',';
    if (pretty) out += "\n" + inner;
    out.append(parts[i].c_str(), parts[i].byteLength());
  }
  if (pretty) out += "\n" + std::string(ctx.indent.c_str(), ctx.indent.byteLength());
  out += close;
  return String(out.data(), out.size());
}

String jsonGap(double space) {
  double n = space != space ? 0 : std::trunc(space);
  if (n > 10) n = 10;
  return n < 1 ? String() : String(std::string(static_cast<size_t>(n), ' ').c_str());
}

String jsonGap(const String& space) { return space.length() > 10 ? space.slice(0, 10) : space; }

bool jsonValue(double x, const JsonContext&, String& out) {
  out = std::isfinite(x) ? toString(x) : String("null");
  return true;
}

bool jsonValue(bool b, const JsonContext&, String& out) {
  out = String(b ? "true" : "false");
  return true;
}

bool jsonValue(const String& s, const JsonContext&, String& out) {
  if (s.isUndefined()) return false;
  out = jsonQuote(s);
  return true;
}

}  // namespace tsesp
