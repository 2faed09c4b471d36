// tsesp::DataView: JS's DataView, a counted handle to a window of an ArrayBuffer read and written as
// Int8..Float64 at byte offsets, big endian unless `littleEndian` is true (bytes are assembled one by
// one: the target's own byte order never matters, unaligned offsets are fine). Values are converted
// as typed-array elements are (typed_array.h). An access past the end is a catchable RangeError
// ("Offset is outside the bounds of the DataView", error.h throwError) that reads 0 and writes
// nothing; a bad constructor window stops the program with Node's RangeError text (panic.h).
// Also Node-style printing of ArrayBuffer and DataView.
// Calling context: TS loop. Ownership: the view keeps its buffer alive.
#pragma once

#include <cstdint>
#include <cstring>

#include "tsesp/array_buffer.h"
#include "tsesp/console.h"
#include "tsesp/error.h"
#include "tsesp/typed_array.h"

namespace tsesp {

class DataViewData final : public Object {
 public:
  DataViewData(Ref<BufferData> b, size_t offset, size_t length)
      : buffer(static_cast<Ref<BufferData>&&>(b)), byteOffset(offset), byteLength(length) {}
  Ref<BufferData> buffer;
  size_t byteOffset;  // bytes from the buffer's start
  size_t byteLength;  // bytes in the window
};

class DataView {
 public:
  DataView() : DataView(ArrayBuffer()) {}
  /** new DataView(buffer, byteOffset?): the window from byteOffset to the buffer's end. */
  explicit DataView(const ArrayBuffer& buffer, double byteOffset = 0) { open(buffer, byteOffset, -1, true); }
  DataView(const ArrayBuffer& buffer, double byteOffset, double byteLength) { open(buffer, byteOffset, byteLength, false); }
  static DataView undefinedValue() { return DataView(Ref<DataViewData>()); }
  bool isUndefined() const { return !d_; }

  double byteLength() const { return static_cast<double>(d_->byteLength); }
  double byteOffset() const { return static_cast<double>(d_->byteOffset); }
  ArrayBuffer buffer() const { return ArrayBuffer(d_->buffer); }

  double getInt8(double offset) const { return get<Int8Kind>(offset, false); }
  double getUint8(double offset) const { return get<Uint8Kind>(offset, false); }
  double getInt16(double offset, bool little = false) const { return get<Int16Kind>(offset, little); }
  double getUint16(double offset, bool little = false) const { return get<Uint16Kind>(offset, little); }
  double getInt32(double offset, bool little = false) const { return get<Int32Kind>(offset, little); }
  double getUint32(double offset, bool little = false) const { return get<Uint32Kind>(offset, little); }
  double getFloat32(double offset, bool little = false) const { return get<Float32Kind>(offset, little); }
  double getFloat64(double offset, bool little = false) const { return get<Float64Kind>(offset, little); }
  void setInt8(double offset, double value) const { set<Int8Kind>(offset, value, false); }
  void setUint8(double offset, double value) const { set<Uint8Kind>(offset, value, false); }
  void setInt16(double offset, double value, bool little = false) const { set<Int16Kind>(offset, value, little); }
  void setUint16(double offset, double value, bool little = false) const { set<Uint16Kind>(offset, value, little); }
  void setInt32(double offset, double value, bool little = false) const { set<Int32Kind>(offset, value, little); }
  void setUint32(double offset, double value, bool little = false) const { set<Uint32Kind>(offset, value, little); }
  void setFloat32(double offset, double value, bool little = false) const { set<Float32Kind>(offset, value, little); }
  void setFloat64(double offset, double value, bool little = false) const { set<Float64Kind>(offset, value, little); }
  bool operator==(const DataView& o) const { return d_ == o.d_; }

 private:
  explicit DataView(Ref<DataViewData> d) : d_(static_cast<Ref<DataViewData>&&>(d)) {}
  void open(const ArrayBuffer& buffer, double byteOffset, double byteLength, bool toEnd);
  /** The first byte of [offset, offset + size) in the window, or nullptr after raising the RangeError. */
  uint8_t* window(double offset, size_t size) const;

  template <typename K>
  double get(double offset, bool little) const {
    using E = typename K::Storage;
    uint8_t* p = window(offset, sizeof(E));
    if (!p) return 0;
    uint8_t ordered[sizeof(E)];
    for (size_t i = 0; i < sizeof(E); ++i) ordered[i] = p[orderIndex(i, sizeof(E), little)];
    E e;
    memcpy(&e, ordered, sizeof e);
    return static_cast<double>(e);
  }
  template <typename K>
  void set(double offset, double value, bool little) const {
    using E = typename K::Storage;
    E e = K::fromNumber(value);  // converted before the bounds check, as JS does
    uint8_t* p = window(offset, sizeof(E));
    if (!p) return;
    uint8_t raw[sizeof(E)];
    memcpy(raw, &e, sizeof e);
    for (size_t i = 0; i < sizeof(E); ++i) p[orderIndex(i, sizeof(E), little)] = raw[i];
  }
  // Byte i of a native-order value lives at window byte orderIndex(i): the target's order is found at
  // run time from a known value, so no byte-order macros are needed.
  static size_t orderIndex(size_t i, size_t size, bool little) {
    const uint16_t probe = 1;
    uint8_t first;
    memcpy(&first, &probe, 1);
    bool nativeLittle = first == 1;
    return nativeLittle == little ? i : size - 1 - i;
  }

  Ref<DataViewData> d_;
};

inline bool truthy(const DataView& v) { return !v.isUndefined(); }

/** ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }, as Node prints it. */
String inspect(const ArrayBuffer& b, InspectContext ctx);
/** DataView { byteLength: 2, byteOffset: 0, buffer: ArrayBuffer { ... } }, as Node prints it. */
String inspect(const DataView& v, InspectContext ctx);

}  // namespace tsesp
