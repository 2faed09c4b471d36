// UTF-8 encoding and the WHATWG UTF-8 decoder (see text.h).
#include "tsesp/text.h"

#include <string>

#include "tsesp/error.h"
#include "tsesp/panic.h"

namespace tsesp {

namespace {


// The surrogate (0xD800..0xDFFF) a 3-byte WTF-8 sequence at p encodes, or 0.
uint32_t surrogateAt(const uint8_t* p, size_t left) {
  if (left < 3 || p[0] != 0xED || p[1] < 0xA0) return 0;
  return 0xD000u | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
}

bool isUtf8Label(const String& label) {
  std::string l;
  for (const char* c = label.c_str(); *c; ++c) {
    char ch = *c;
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') continue;  // trimmed
    l += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "unicode11utf8" || l == "unicode20utf8" ||
         l == "x-unicode20utf8";
}

}  // namespace

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Uint8Array encodeUtf8(const String& s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.c_str());
  size_t n = s.byteLength();
  std::string out;
  out.reserve(n);
  for (size_t i = 0; i < n;) {
    uint32_t high = surrogateAt(p + i, n - i);
    if (!high) {
      out += static_cast<char>(p[i++]);
      continue;
    }
    uint32_t low = high < 0xDC00 ? surrogateAt(p + i + 3, n - i - 3) : 0;
    if (low >= 0xDC00) {  // a pair stored as two halves: one 4-byte code point
      appendUtf8(out, 0x10000u + ((high - 0xD800u) << 10) + (low - 0xDC00u));
      i += 6;
    } else {
      appendUtf8(out, 0xFFFD);
      i += 3;
    }
  }
  return Uint8Array::fromBytes(out.data(), out.size());
}

String decodeUtf8(const uint8_t* bytes, size_t n, bool fatal, bool ignoreBOM) {
  std::string out;
  out.reserve(n);
  uint32_t cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
  bool failed = false;
  auto invalid = [&]() {
    failed = failed || fatal;
    appendUtf8(out, 0xFFFD);
  };
  size_t i = (!ignoreBOM && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0;
  while (i < n) {
    uint8_t b = bytes[i];
    if (needed == 0) {
      ++i;
      if (b < 0x80) {
        out += static_cast<char>(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1, cp = b & 0x1Fu;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2, cp = b & 0xFu;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3, cp = b & 0x7u;
      } else {
        invalid();
      }
      continue;
    }
    if (b < lower || b > upper) {  // the byte starts over; the partial sequence is one U+FFFD
      cp = needed = seen = 0, lower = 0x80, upper = 0xBF;
      invalid();
      continue;
    }
    ++i;
    lower = 0x80, upper = 0xBF;
    cp = (cp << 6) | (b & 0x3Fu);
    if (++seen == needed) {
      appendUtf8(out, cp);
      cp = needed = seen = 0;
    }
  }
  if (needed) invalid();
  if (failed) {
    throwError(ErrorKind::TypeError, String("The encoded data was not valid for encoding utf-8"));
    return String();
  }
  return String(out.data(), out.size());
}

TextDecoder::TextDecoder(const String& label, bool fatal, bool ignoreBOM) : fatal_(fatal), ignoreBOM_(ignoreBOM) {
  if (!isUtf8Label(label)) {
    std::string message = std::string("The \"") + label.c_str() + "\" encoding is not supported";
    panic("RangeError", message.c_str());
  }
}

String inspect(const TextEncoder&, InspectContext) { return String("{ encoding: 'utf-8' }"); }

String inspect(const TextDecoder& d, InspectContext) {
  return concat({"TextDecoder { encoding: 'utf-8', fatal: ", d.fatal() ? "true" : "false", ", ignoreBOM: ",
                 d.ignoreBOM() ? "true" : "false", " }"});
}

}  // namespace tsesp
