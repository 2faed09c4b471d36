// `new Array<T>(n)`: an array of n holes (compiler/src/lower/expressions/NewExpression.ts). Holes
// read as undefinedOf<T>() (NaN for number: the documented deviation of array.h), so the usual
// `new Array<number>(n).fill(0)` gives n zeros as in JS. A length that is not an integer in
// 0..2^32-1 is JS's RangeError "Invalid array length".
// Calling context: TS loop. Ownership: returns a new counted array.
#pragma once

#include <cmath>

#include "tsesp/array.h"
#include "tsesp/panic.h"

namespace tsesp {

template <typename T>
Array<T> arrayOfLength(double n) {
  if (!(n >= 0 && n <= 4294967295.0 && std::floor(n) == n)) panic("RangeError", "Invalid array length");
  Array<T> out;
  if (n > 0) out.slot(n - 1);  // grows with holes up to index n - 1
  return out;
}

}  // namespace tsesp
