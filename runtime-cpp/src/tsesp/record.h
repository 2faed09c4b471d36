// Record<string, V> (and Record<"a" | "b", V>, Record<StringEnum, V>): a plain JS object used as a
// dictionary, lowered onto the insertion-ordered table of map.h. Key order is JS's property order:
// integer-like keys ("0", "17", canonical array indexes) first in ascending numeric order, then the
// other keys in insertion order. `r[k]` on a missing key reads undefinedOf<V>() (NaN for number, as an
// array read past the end; see docs/subset.md). console.log prints it as Node prints a plain object
// (`{ temp: 80, 'co2-ppm': 1000 }`), JSON.stringify as JS (undefined values left out).
// Calling context: TS loop; generated code from lower/library/record.ts.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "tsesp/array.h"
#include "tsesp/console.h"
#include "tsesp/json.h"
#include "tsesp/logical.h"
#include "tsesp/map.h"
#include "tsesp/optional.h"
#include "tsesp/string.h"

namespace tsesp {

/** A canonical array index ("0", "42"; not "01", "-1", "1.5" or >= 2^32 - 1): its value, else -1. */
inline double recordIndexKey(const String& key) {
  const char* s = key.c_str();
  size_t n = key.byteLength();
  if (n == 0 || n > 10 || (n > 1 && s[0] == '0')) return -1;
  double v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v < 4294967295.0 ? v : -1;
}

/** Node's util.inspect prints a key bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/, else quoted. */
inline bool recordBareKey(const String& key) {
  const char* s = key.c_str();
  size_t n = key.byteLength();
  if (n == 0) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** The pairs Object.entries(r) returned, in order (statements/ForOfCollection.ts walks them). */
template <typename V>
struct RecordEntries {
  std::vector<String> keys;
  std::vector<V> values;
  double length() const { return static_cast<double>(keys.size()); }
  String keyAt(double i) const { return keys[static_cast<size_t>(i)]; }
  V valueAt(double i) const { return values[static_cast<size_t>(i)]; }
};

template <typename V>
class Record {
 public:
  Record() = default;
  static Record undefinedValue() { return Record(Map<String, V>::undefinedValue()); }
  bool isUndefined() const { return m_.isUndefined(); }

  /** `k in r` */
  bool has(const String& key) const { return m_.has(key); }
  /** `r[k]` read: undefinedOf<V>() when missing. */
  V get(const String& key) const {
    long at = m_.table()->find(key);
    return at < 0 ? undefinedOf<V>() : m_.table()->values[static_cast<size_t>(at)];
  }
  /** `r[k] = v`, `r[k] += v`: the value cell, created (undefinedOf<V>()) when missing. */
  V& slot(const String& key) const {
    long at = m_.table()->find(key);
    if (at < 0) {
      m_.table()->add(key, undefinedOf<V>());
      at = m_.table()->find(key);
    }
    return m_.table()->values[static_cast<size_t>(at)];
  }
  /** An object literal's property: `{ temp: 80 }` */
  Record with(const String& key, const V& value) const {
    m_.set(key, value);
    return *this;
  }
  /** Live table positions in JS property order (integer-like keys first, ascending). */
  std::vector<size_t> order() const {
    std::vector<std::pair<double, size_t>> indexes;
    std::vector<size_t> others;
    const auto& t = m_.table();
    for (size_t i = 0; i < t->keys.size(); ++i) {
      if (!t->live[i]) continue;
      double index = recordIndexKey(t->keys[i]);
      if (index >= 0)
        indexes.push_back({index, i});
      else
        others.push_back(i);
    }
    std::sort(indexes.begin(), indexes.end());
    std::vector<size_t> out;
    for (const auto& p : indexes) out.push_back(p.second);
    out.insert(out.end(), others.begin(), others.end());
    return out;
  }
  String keyAt(size_t i) const { return m_.table()->keys[i]; }
  V valueAt(size_t i) const { return m_.table()->values[i]; }
  /** Object.keys(r) */
  Array<String> keys() const {
    Array<String> out;
    for (size_t i : order()) out.push(keyAt(i));
    return out;
  }
  /** Object.values(r) */
  Array<V> values() const {
    Array<V> out;
    for (size_t i : order()) out.push(valueAt(i));
    return out;
  }
  /** Object.entries(r): a snapshot walked by `for (const [k, v] of Object.entries(r))`. */
  RecordEntries<V> entries() const {
    RecordEntries<V> out;
    for (size_t i : order()) {
      out.keys.push_back(keyAt(i));
      out.values.push_back(valueAt(i));
    }
    return out;
  }
  bool operator==(const Record& o) const { return m_ == o.m_; }

 private:
  explicit Record(Map<String, V> m) : m_(std::move(m)) {}
  Map<String, V> m_;
};

template <typename V>
bool isUndefinedValue(const Record<V>& r) {
  return r.isUndefined();
}
/** `r[k] === undefined`: k is missing, or its value is undefined. */
template <typename V>
bool isMissingElement(const Record<V>& r, const String& key) {
  return !r.has(key) || isUndefinedValue(r.get(key));
}
/** `r[k] ?? fallback()`: the value unless it is missing (lower/expressions/BinaryExpression.ts). */
template <typename V, typename F>
auto elementOr(const Record<V>& r, const String& key, F fallback) -> decltype(fallback()) {
  using R = decltype(fallback());
  if (!isMissingElement(r, key)) return R(definedValue(r.get(key)));
  return fallback();
}

template <typename V>
bool truthy(const Record<V>& r) {
  return !r.isUndefined();
}

/** `{ temp: 80, 'co2-ppm': 1000 }` as Node prints a plain object; `[Object]` past depth 2. */
template <typename V>
String inspect(const Record<V>& r, InspectContext ctx) {
  if (r.isUndefined()) return String("undefined");
  std::vector<size_t> order = r.order();
  if (order.empty()) return String("{}");
  if (ctx.depth > 2) return String("[Object]");
  std::vector<String> entries;
  for (size_t i : order) {
    String key = r.keyAt(i);
    String shown = recordBareKey(key) ? key : inspect(key, ctx.child());
    entries.push_back(concat({shown, ": ", inspect(r.valueAt(i), ctx.child())}));
  }
  return formatEntries(entries, "{", "}", false, false, ctx);
}

template <typename V>
bool jsonValue(const Record<V>& r, const JsonContext& ctx, String& out) {
  if (r.isUndefined()) return false;
  JsonContext inner = ctx.nested();
  std::vector<String> parts;
  for (size_t i : r.order()) {
    String text;
    if (!jsonValue(r.valueAt(i), inner, text)) continue;
    parts.push_back(concat({jsonQuote(r.keyAt(i)), ctx.gap.byteLength() ? ": " : ":", text}));
  }
  out = jsonJoin(parts, '{', '}', ctx);
  return true;
}

}  // namespace tsesp
