// TextEncoder / TextDecoder (WHATWG Encoding, UTF-8 only): encode(s) turns a string into UTF-8 bytes
// (a lone surrogate becomes U+FFFD, as JS's USVString conversion does); decode(bytes) turns bytes into
// a string, replacing each maximal invalid subsequence with U+FFFD exactly as the WHATWG decoder (and
// Node) does, or, with `fatal`, throws a catchable "TypeError: The encoded data was not valid for
// encoding utf-8" (error.h throwError; the call yields ""). A leading byte-order mark is dropped unless `ignoreBOM`. Labels other than UTF-8's are a
// RangeError (documented deviation: Node also knows legacy encodings such as latin1).
// Calling context: TS loop. Ownership: encoders/decoders are plain values (no heap state).
#pragma once

#include <string>

#include "tsesp/console.h"
#include "tsesp/string.h"
#include "tsesp/typed_array.h"

namespace tsesp {

/** UTF-8 bytes of a string: WTF-8 storage with lone surrogates replaced by U+FFFD. */
Uint8Array encodeUtf8(const String& s);
/** Appends code point `cp` as UTF-8; a lone surrogate as its 3-byte form (WTF-8). */
void appendUtf8(std::string& out, uint32_t cp);
/** The string of UTF-8 bytes; invalid sequences become U+FFFD, or with `fatal` a TypeError (throwError). */
String decodeUtf8(const uint8_t* bytes, size_t n, bool fatal, bool ignoreBOM);

class TextEncoder {
 public:
  static TextEncoder undefinedValue() { return TextEncoder(); }
  bool isUndefined() const { return false; }
  String encoding() const { return String("utf-8"); }
  Uint8Array encode() const { return Uint8Array(); }
  Uint8Array encode(const String& s) const { return encodeUtf8(s); }
  bool operator==(const TextEncoder&) const { return true; }
};

class TextDecoder {
 public:
  TextDecoder() = default;
  /** new TextDecoder(label, { fatal, ignoreBOM }): RangeError unless the label names UTF-8. */
  explicit TextDecoder(const String& label, bool fatal = false, bool ignoreBOM = false);
  static TextDecoder undefinedValue() { return TextDecoder(); }
  bool isUndefined() const { return false; }
  String encoding() const { return String("utf-8"); }
  bool fatal() const { return fatal_; }
  bool ignoreBOM() const { return ignoreBOM_; }
  String decode() const { return String(); }
  template <typename K>
  String decode(const TypedArray<K>& bytes) const {
    return decodeUtf8(bytes.bytes(), bytes.byteSize(), fatal_, ignoreBOM_);
  }
  String decode(const ArrayBuffer& buffer) const { return decodeUtf8(buffer.data(), buffer.size(), fatal_, ignoreBOM_); }
  bool operator==(const TextDecoder& o) const { return fatal_ == o.fatal_ && ignoreBOM_ == o.ignoreBOM_; }

 private:
  bool fatal_ = false;
  bool ignoreBOM_ = false;
};

/** { encoding: 'utf-8' } and TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }, as Node. */
String inspect(const TextEncoder& e, InspectContext ctx);
String inspect(const TextDecoder& d, InspectContext ctx);

}  // namespace tsesp
