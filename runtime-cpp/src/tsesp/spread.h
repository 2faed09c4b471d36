// Spread into library calls: Math.max(...xs) / Math.min(...xs), xs.push(...ys) and
// console.log(...parts) (compiler/src/lower/library/spread.ts). The lowerer packs the spread and
// plain arguments into one array (or, for console.log, one LogArgs in argument order), then calls
// these helpers, which keep the semantics of the plain call (NaN, -0, format strings).
// Calling context: TS loop. Ownership: the arrays are counted handles; nothing is retained.
#pragma once

#include <type_traits>
#include <vector>

#include "tsesp/array.h"
#include "tsesp/console.h"
#include "tsesp/math.h"

namespace tsesp {

/** Math.max(...values): -Infinity for none, NaN if any is NaN (as tsesp::math::max). */
inline double maxOfArray(const Array<double>& values) {
  double result = -INFINITY;
  for (double i = 0; i < values.length(); i++) result = math::max({result, values.get(i)});
  return result;
}
/** Math.min(...values): Infinity for none. */
inline double minOfArray(const Array<double>& values) {
  double result = INFINITY;
  for (double i = 0; i < values.length(); i++) result = math::min({result, values.get(i)});
  return result;
}

/** xs.push(...ys): appends ys' elements (a copy first: `xs.push(...xs)` doubles xs once); the new length. */
template <typename T>
double pushAll(const Array<T>& target, const Array<T>& values) {
  const Array<T> copy = values.slice(0);
  for (double i = 0; i < copy.length(); i++) target.push(copy.get(i));
  return target.length();
}

/** The printed parts of one console.log call, collected in argument order. */
struct LogArgs {
  std::vector<String> parts;
  bool firstIsString = false;

  template <typename T>
  void add(const T& value) {
    if (parts.empty()) firstIsString = std::is_same<T, String>::value;
    parts.push_back(console::logPart(value));
  }
  template <typename T>
  void addAll(const Array<T>& values) {
    for (double i = 0; i < values.length(); i++) add(values.get(i));
  }
  /** console.log / console.error with these parts (a leading string is a format, as in Node). */
  void write(bool toStderr) const {
    console::writeLine(parts.data(), parts.size(), toStderr, firstIsString && parts.size() > 1);
  }
};

}  // namespace tsesp
