// tsesp::ArrayBuffer: JS's ArrayBuffer, a counted handle to a fixed-size, zero-filled block of bytes
// that typed arrays (typed_array.h) and DataView (data_view.h) view. The block never moves or
// resizes, so views keep a raw pointer into it next to the Ref that keeps it alive.
// Multi-byte elements are stored in the target's byte order (little endian on x86, Cortex-M, ESP32).
// Calling context: TS loop. Ownership: copies share the bytes; the last handle (or view) frees them.
// Lengths are limited to TSESP_MAX_BUFFER_BYTES (config.h); larger ones are a RangeError.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "tsesp/config.h"
#include "tsesp/panic.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

/** The bytes of one ArrayBuffer. */
class BufferData final : public Object {
 public:
  explicit BufferData(size_t byteLength) : bytes(byteLength, 0) {}
  std::vector<uint8_t> bytes;
};

/** ToIndex(x) for a length or offset: NaN -> 0, fractions truncated; negative or too large -> nullopt. */
inline bool toByteIndex(double x, size_t limit, size_t& out) {
  double k = x != x ? 0 : std::trunc(x);
  if (!(k >= 0 && k <= static_cast<double>(limit))) return false;
  out = static_cast<size_t>(k);
  return true;
}

/** JS relative index (negative counts from the end) clamped into [0, length]. */
inline size_t relativeIndex(double relative, size_t length) {
  if (relative != relative) return 0;
  double len = static_cast<double>(length);
  double k = std::trunc(relative);
  if (k < 0) k = k + len < 0 ? 0 : k + len;
  return static_cast<size_t>(k < len ? k : len);
}

class ArrayBuffer {
 public:
  ArrayBuffer() : d_(make<BufferData>(0)) {}
  /** new ArrayBuffer(n): n zero bytes; RangeError for a negative or huge n. */
  explicit ArrayBuffer(double byteLength) {
    size_t n = 0;
    if (!toByteIndex(byteLength, TSESP_MAX_BUFFER_BYTES, n)) panic("RangeError", "Invalid array buffer length");
    d_ = make<BufferData>(n);
  }
  explicit ArrayBuffer(Ref<BufferData> d) : d_(static_cast<Ref<BufferData>&&>(d)) {}
  static ArrayBuffer undefinedValue() { return ArrayBuffer(Ref<BufferData>()); }
  bool isUndefined() const { return !d_; }

  double byteLength() const { return static_cast<double>(d_->bytes.size()); }
  /** slice(start, end): a copy of the bytes in [start, end) (relative indexes). */
  ArrayBuffer slice(double start = 0) const { return slice(start, byteLength()); }
  ArrayBuffer slice(double start, double end) const {
    size_t size = d_->bytes.size(), from = relativeIndex(start, size), to = relativeIndex(end, size);
    ArrayBuffer out(static_cast<double>(to > from ? to - from : 0));
    if (to > from) memcpy(out.d_->bytes.data(), d_->bytes.data() + from, to - from);
    return out;
  }
  uint8_t* data() const { return d_->bytes.data(); }
  size_t size() const { return d_->bytes.size(); }
  const Ref<BufferData>& ref() const { return d_; }
  bool operator==(const ArrayBuffer& o) const { return d_ == o.d_; }
  bool operator!=(const ArrayBuffer& o) const { return d_ != o.d_; }

 private:
  Ref<BufferData> d_;
};

inline bool truthy(const ArrayBuffer& b) { return !b.isUndefined(); }
inline String toString(const ArrayBuffer&) { return String("[object ArrayBuffer]"); }

}  // namespace tsesp
