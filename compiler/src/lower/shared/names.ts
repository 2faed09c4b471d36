// TS identifiers -> C++ identifiers: kept as written, except names C++ or the Arduino core reserve
// (keywords, macros such as HIGH or min, the tsesp namespace), which get a trailing underscore.
const RESERVED = new Set(
  (
    "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class " +
    "compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype " +
    "default delete do double dynamic_cast else enum explicit export extern false float for friend goto if inline " +
    "int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public " +
    "register reinterpret_cast requires return short signed sizeof static static_assert static_cast struct switch " +
    "template this thread_local throw true try typedef typeid typename union unsigned using virtual void volatile " +
    "wchar_t while xor xor_eq final override main std tsesp self NULL EOF " +
    "HIGH LOW INPUT OUTPUT PULLUP PULLDOWN INPUT_PULLUP INPUT_PULLDOWN DEC HEX OCT BIN PI HALF_PI TWO_PI " +
    "DEG_TO_RAD RAD_TO_DEG EULER LED_BUILTIN min max abs constrain round radians degrees sq bit lowByte highByte " +
    "bitRead bitSet bitClear bitWrite interrupts noInterrupts F PSTR isnan isinf NAN INFINITY errno assert " +
    // members of tsesp::Object (ref.h): a sketch method named release() must not hijack the reference count
    "retain release classInfo"
  ).split(" "),
);

export function cppName(tsName: string): string {
  let name = tsName.replace(/[^A-Za-z0-9_]/g, (c) => `_u${c.codePointAt(0)!.toString(16)}_`);
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (RESERVED.has(name) || name.startsWith("tsesp_") || name.includes("__")) name += "_";
  return name;
}

