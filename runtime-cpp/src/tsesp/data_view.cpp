// DataView bounds and Node-style printing of ArrayBuffer/DataView (see data_view.h).
#include "tsesp/data_view.h"

#include <cmath>
#include <string>
#include <vector>

#include "tsesp/number.h"
#include "tsesp/panic.h"

namespace tsesp {

void DataView::open(const ArrayBuffer& buffer, double byteOffset, double byteLength, bool toEnd) {
  size_t size = buffer.size(), offset = 0, length = 0;
  if (!toByteIndex(byteOffset, size, offset)) {
    String message = concat({"Start offset ", toString(byteOffset), " is outside the bounds of the buffer"});
    panic("RangeError", message.c_str());
  }
  if (toEnd) {
    length = size - offset;
  } else if (!toByteIndex(byteLength, size - offset, length)) {
    String message = concat({"Invalid DataView length ", toString(byteLength)});
    panic("RangeError", message.c_str());
  }
  d_ = make<DataViewData>(buffer.ref(), offset, length);
}

uint8_t* DataView::window(double offset, size_t size) const {
  size_t at = 0;
  if (!toByteIndex(offset, d_->byteLength, at) || size > d_->byteLength - at) {
    throwError(ErrorKind::RangeError, String("Offset is outside the bounds of the DataView"));
    return nullptr;
  }
  return d_->buffer->bytes.data() + d_->byteOffset + at;
}

String inspect(const ArrayBuffer& b, InspectContext ctx) {
  if (b.isUndefined()) return String("undefined");
  if (ctx.depth > 2) return String("[ArrayBuffer]");
  static const char digits[] = "0123456789abcdef";
  std::string contents = "[Uint8Contents]: <";
  size_t shown = b.size() > 50 ? 50 : b.size();
  for (size_t i = 0; i < shown; ++i) {
    if (i) contents += ' ';
    contents += digits[b.data()[i] >> 4];
    contents += digits[b.data()[i] & 15];
  }
  if (shown < b.size()) {
    size_t more = b.size() - shown;
    contents += " ... " + std::string(toString(static_cast<double>(more)).c_str()) + (more > 1 ? " more bytes" : " more byte");
  }
  contents += '>';
  std::vector<String> entries{String(contents.data(), contents.size()), concat({"byteLength: ", toString(b.byteLength())})};
  return formatEntries(entries, "ArrayBuffer {", "}", false, false, ctx);
}

String inspect(const DataView& v, InspectContext ctx) {
  if (v.isUndefined()) return String("undefined");
  if (ctx.depth > 2) return String("[DataView]");
  std::vector<String> entries{concat({"byteLength: ", toString(v.byteLength())}), concat({"byteOffset: ", toString(v.byteOffset())}),
                              concat({"buffer: ", inspect(v.buffer(), ctx.child())})};
  return formatEntries(entries, "DataView {", "}", false, false, ctx);
}

}  // namespace tsesp
