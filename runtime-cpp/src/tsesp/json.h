// JSON.stringify of every value a TS program holds, as ECMA-262 SerializeJSONProperty does it:
// numbers as Number::toString (NaN/Infinity -> null), strings quoted with JSON's escapes (lone
// surrogates as \udxxx), arrays with `null` for undefined/function elements, objects with their
// fields in the order console.log shows them (class fields in initialization order, object literals
// in their written order; the same tsesp_inspect walk) leaving out undefined and function members,
// Map/Set/Error as {}, typed arrays as {"0":..}; the `space` argument indents as JS does.
// JSON.parse(s) as T lives in json_parse.h.
// Calling context: TS loop. Ownership: results are new strings.
#pragma once

#include <vector>

#include "tsesp/array.h"
#include "tsesp/console.h"
#include "tsesp/function.h"
#include "tsesp/map.h"
#include "tsesp/optional.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"
#include "tsesp/typed_array.h"
#include "tsesp/variant.h"

namespace tsesp {

/** The gap (from `space`) and the indentation of the value being written. */
struct JsonContext {
  String gap;     // "" for compact output
  String indent;  // the current line's indentation
  JsonContext nested() const { return JsonContext{gap, concat({indent, gap})}; }
};

/** "text" with JSON's escapes. */
String jsonQuote(const String& s);
/** Joins members/elements between `open` and `close` as SerializeJSONObject/Array lay them out. */
String jsonJoin(const std::vector<String>& parts, char open, char close, const JsonContext& ctx);
/** JS's gap from a `space` argument: a number of spaces (at most 10) or a string's first 10 units. */
String jsonGap(double space);
String jsonGap(const String& space);

// jsonValue(value, ctx, out): false when the value has no JSON text (undefined, functions).
bool jsonValue(double x, const JsonContext& ctx, String& out);
bool jsonValue(bool b, const JsonContext& ctx, String& out);
bool jsonValue(const String& s, const JsonContext& ctx, String& out);
inline bool jsonValue(Undefined, const JsonContext&, String&) { return false; }
inline bool jsonValue(Null, const JsonContext&, String& out) {
  out = String("null");
  return true;
}
template <typename T>
bool jsonValue(const Optional<T>& o, const JsonContext& ctx, String& out) {
  if (o.isNull()) return jsonValue(null, ctx, out);
  return !o.isUndefined() && jsonValue(o.value(), ctx, out);
}
template <typename Sig>
bool jsonValue(const Function<Sig>&, const JsonContext&, String&) {
  return false;
}
/** A union value: the JSON text of the alternative it holds. */
template <typename... Ts>
bool jsonValue(const Variant<Ts...>& v, const JsonContext& ctx, String& out) {
  return v.visit([&](const auto& x) -> bool { return jsonValue(x, ctx, out); });
}
template <typename T>
bool jsonValue(const Array<T>& a, const JsonContext& ctx, String& out) {
  if (a.isUndefined()) return false;
  std::vector<String> parts;
  JsonContext inner = ctx.nested();
  for (const T& item : a.items()) {
    String text;
    parts.push_back(jsonValue(item, inner, text) ? text : String("null"));
  }
  out = jsonJoin(parts, '[', ']', ctx);
  return true;
}
template <typename K, typename V>
bool jsonValue(const Map<K, V>& m, const JsonContext&, String& out) {
  if (m.isUndefined()) return false;
  out = String("{}");
  return true;
}
template <typename T>
bool jsonValue(const Set<T>& s, const JsonContext&, String& out) {
  if (s.isUndefined()) return false;
  out = String("{}");
  return true;
}
template <typename K>
bool jsonValue(const TypedArray<K>& a, const JsonContext& ctx, String& out) {
  if (a.isUndefined()) return false;
  std::vector<String> parts;
  JsonContext inner = ctx.nested();
  for (size_t i = 0; i < a.size(); ++i) {
    String text;
    jsonValue(a.at0(i), inner, text);
    parts.push_back(concat({"\"", toString(static_cast<double>(i)), ctx.gap.byteLength() ? "\": " : "\":", text}));
  }
  out = jsonJoin(parts, '{', '}', ctx);
  return true;
}
/** Class instances and object literals: the members tsesp_inspect lists (console.h ObjectInspection). */
template <typename T>
bool jsonValue(const Ref<T>& r, const JsonContext& ctx, String& out) {
  if (!r) return false;
  JsonContext inner = ctx.nested();
  ObjectInspection fields(inner);
  r->tsesp_inspect(fields);
  out = jsonJoin(fields.entries, '{', '}', ctx);
  return true;
}

template <typename T>
void jsonMember(std::vector<String>& out, const char* key, const T& value, const JsonContext& ctx) {
  String text;
  if (!jsonValue(value, ctx, text)) return;
  out.push_back(concat({jsonQuote(String(key)), ctx.gap.byteLength() ? ": " : ":", text}));
}

/** JSON.stringify(value): the undefined stand-in (prints "undefined") where JS returns undefined. */
template <typename T>
String jsonStringify(const T& value) {
  String out;
  return jsonValue(value, JsonContext{}, out) ? out : String::undefinedValue();
}
/** JSON.stringify(value, null, space) */
template <typename T, typename S>
String jsonStringify(const T& value, const S& space) {
  String out;
  return jsonValue(value, JsonContext{jsonGap(space), String()}, out) ? out : String::undefinedValue();
}

}  // namespace tsesp
