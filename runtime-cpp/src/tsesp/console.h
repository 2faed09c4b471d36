// console.log/error and Node's util.inspect for the values a TS program can hold: strings print raw
// at top level and quoted inside arrays/objects, numbers as JS (-0 as "-0"), arrays as
// `[ 1, 2, 3 ]` with Node's line breaking and number-column grouping past 6 items, class instances
// as `Point { x: 1, y: 2 }`, object literals as `{ a: 1 }`, beyond depth 2 `[Array]`/`[Object]`.
// A string first argument with more arguments is a util.format template (%s %d %i %f %o %O %j %c %%).
// Calling context: TS loop. console.log writes to Serial (stdout on the PC), console.error to stderr.
#pragma once

#include <vector>

#include "tsesp/array.h"
#include "tsesp/function.h"
#include "tsesp/map.h"
#include "tsesp/number.h"
#include "tsesp/optional.h"
#include "tsesp/ref.h"
#include "tsesp/string.h"

namespace tsesp {

struct InspectContext {
  int depth = 0;        // nesting level, 0 = an argument of console.log
  int indentation = 0;  // spaces before a nested line
  InspectContext child() const { return InspectContext{depth + 1, indentation + 2}; }
};

String inspect(double x, InspectContext ctx);
String inspect(bool b, InspectContext ctx);
String inspect(const String& s, InspectContext ctx);
String inspect(Undefined, InspectContext ctx);
inline String inspect(Null, InspectContext) { return String("null"); }
/** Joins inspected entries in Node's layout (single line if short, else one per line or grouped). */
String formatEntries(const std::vector<String>& entries, const char* open, const char* close, bool numeric,
                     bool groupable, InspectContext ctx);

template <typename T>
String inspect(const Optional<T>& o, InspectContext ctx) {
  if (o.isNull()) return String("null");
  return o.isUndefined() ? String("undefined") : inspect(o.value(), ctx);
}
template <typename Sig>
String inspect(const Function<Sig>& f, InspectContext) {
  return String(f ? "[Function (anonymous)]" : "undefined");
}

template <typename T>
String inspect(const Array<T>& a, InspectContext ctx) {
  if (a.isUndefined()) return String("undefined");
  if (a.items().empty()) return String("[]");
  if (ctx.depth > 2) return String("[Array]");
  std::vector<String> entries;
  size_t shown = a.items().size() > 100 ? 100 : a.items().size();
  for (size_t i = 0; i < shown; ++i) entries.push_back(inspect(a.items()[i], ctx.child()));
  if (shown < a.items().size()) {
    size_t more = a.items().size() - shown;
    entries.push_back(concat({"... ", toString(static_cast<double>(more)), more > 1 ? " more items" : " more item"}));
  }
  return formatEntries(entries, "[", "]", std::is_same<T, double>::value, true, ctx);
}

/** Map(2) { 'a' => 1, 'b' => 2 } and Set(2) { 1, 2 }, as Node prints them. */
template <typename K, typename V>
String inspect(const Map<K, V>& m, InspectContext ctx) {
  if (m.isUndefined()) return String("undefined");
  String open = concat({"Map(", toString(m.size()), ") {"});
  if (m.size() == 0) return concat({open, "}"});
  if (ctx.depth > 2) return String("[Map]");
  std::vector<String> entries;
  for (double i = 0; i < m.positions(); ++i)
    if (m.liveAt(i)) entries.push_back(concat({inspect(m.keyAt(i), ctx.child()), " => ", inspect(m.valueAt(i), ctx.child())}));
  return formatEntries(entries, open.c_str(), "}", false, false, ctx);
}
template <typename T>
String inspect(const Set<T>& s, InspectContext ctx) {
  if (s.isUndefined()) return String("undefined");
  String open = concat({"Set(", toString(s.size()), ") {"});
  if (s.size() == 0) return concat({open, "}"});
  if (ctx.depth > 2) return String("[Set]");
  std::vector<String> entries;
  for (double i = 0; i < s.positions(); ++i)
    if (s.liveAt(i)) entries.push_back(inspect(s.keyAt(i), ctx.child()));
  return formatEntries(entries, open.c_str(), "}", false, false, ctx);
}

struct JsonContext;  // json.h
/** JSON.stringify's `"key":value` member, if the value has JSON text (json.h). */
template <typename T>
void jsonMember(std::vector<String>& out, const char* key, const T& value, const JsonContext& ctx);

/**
 * What a class's generated tsesp_inspect() fills: one "key: value" entry per field. JSON.stringify
 * walks the same fields (json.h): constructed with a JsonContext, entries are `"key":value` members.
 */
class ObjectInspection {
 public:
  explicit ObjectInspection(InspectContext ctx) : ctx_(ctx) {}
  explicit ObjectInspection(const JsonContext& json) : json_(&json) {}
  template <typename T>
  void field(const char* key, const T& value) {
    if (json_) return jsonMember(entries, key, value, *json_);
    entries.push_back(concat({key, ": ", inspect(value, ctx_.child())}));
  }
  /** An optional property an object literal left out is not shown, as in Node. */
  template <typename T>
  void field(const char* key, const Optional<T>& value) {
    if (json_) return jsonMember(entries, key, value, *json_);
    if (!value.isAbsent()) entries.push_back(concat({key, ": ", inspect(value, ctx_.child())}));
  }
  template <typename Sig>
  void field(const char* key, const Function<Sig>& value) {
    if (json_) return;  // functions have no JSON text
    entries.push_back(concat({key, ": ", value ? concat({"[Function: ", key, "]"}) : String("undefined")}));
  }
  std::vector<String> entries;

 private:
  InspectContext ctx_;
  const JsonContext* json_ = nullptr;
};

/** Objects: `Name { a: 1 }` for classes, `{ a: 1 }` for object literals; [Name] past depth 2. */
String inspectObject(const Object& o, InspectContext ctx);

template <typename T>
String inspect(const Ref<T>& r, InspectContext ctx) {
  return r ? inspectObject(*r, ctx) : String("undefined");
}

namespace console {

/** Writes the parts separated by spaces; `formatFirst`: parts[0] is a util.format template. */
void writeLine(const String* parts, size_t count, bool toStderr, bool formatFirst = false);

/** Opens Serial at TSESP_CONSOLE_BAUD; called by the generated setup() before any TS code. */
void begin();

template <typename First, typename... Rest>
constexpr bool isFormatCall() {
  return sizeof...(Rest) > 0 && std::is_same<First, String>::value;
}

template <typename T>
String logPart(const T& value) {
  return inspect(value, InspectContext{});
}
inline String logPart(const String& s) { return s; }
inline String logPart(const Optional<String>& s) {
  return s.isNull() ? String("null") : s.isUndefined() ? String("undefined") : s.value();
}

/**
 * console.log(a, b, ...): arguments separated by one space, then "\n". A struct, so the generated
 * call `tsesp::console::log{a, b};` is list-initialization: arguments evaluate left to right as JS's do.
 */
struct log {
  log() { writeLine(nullptr, 0, false); }
  template <typename... A>
  log(const A&... args) {
    String parts[] = {logPart(args)...};
    writeLine(parts, sizeof...(args), false, isFormatCall<A...>());
  }
};
/** console.error / console.warn: as log, to stderr. */
struct error {
  error() { writeLine(nullptr, 0, true); }
  template <typename... A>
  error(const A&... args) {
    String parts[] = {logPart(args)...};
    writeLine(parts, sizeof...(args), true, isFormatCall<A...>());
  }
};

}  // namespace console
}  // namespace tsesp
