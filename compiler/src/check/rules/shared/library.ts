// What of the ECMAScript library the compiler implements today (issue 2), and the hint for the rest.
// Globals not listed are refused by noUnsupportedGlobals; members by noUnsupportedMembers.

/** Typed arrays the compiler implements (runtime-cpp/src/tsesp/typed_array.h). */
export const TYPED_ARRAY_NAMES = [
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
];
/** Binary-data constructors: typed arrays, ArrayBuffer, DataView. */
export const BYTES_CONSTRUCTORS = new Set([...TYPED_ARRAY_NAMES, "ArrayBuffer", "DataView"]);

/** ES lib globals a sketch may use as values. */
export const SUPPORTED_GLOBALS = new Set([
  "Math", "Number", "String", "parseInt", "parseFloat", "isNaN", "NaN", "Infinity", "Array", "Map", "Set", "JSON", ...BYTES_CONSTRUCTORS,
]);

/** ES lib types a sketch may name in type positions. */
export const SUPPORTED_GLOBAL_TYPES = new Set(["Array", "ReadonlyArray", "Map", "Set", ...BYTES_CONSTRUCTORS, "ArrayBufferLike"]);

const TYPED_ARRAY_MEMBERS = new Set([
  "length", "byteLength", "byteOffset", "buffer", "BYTES_PER_ELEMENT", "subarray", "slice", "set", "fill", "indexOf",
  "lastIndexOf", "includes", "join", "map", "forEach", "reduce", "filter", "some", "every", "find", "findIndex", "reverse",
  "sort", "at", "toString",
]);

/** Members of ES lib interfaces the compiler implements, by interface name. `*` allows all. */
export const SUPPORTED_MEMBERS: Record<string, ReadonlySet<string>> = {
  String: new Set([
    "length", "indexOf", "includes", "slice", "substring", "startsWith", "endsWith", "toUpperCase",
    "toLowerCase", "trim", "split", "charAt", "charCodeAt", "toString", "trimStart", "trimEnd", "lastIndexOf",
    "padStart", "padEnd", "repeat", "replace", "replaceAll", "at", "codePointAt",
  ]),
  Number: new Set(["toFixed", "toString"]),
  Boolean: new Set(["toString"]),
  Array: new Set([
    "length", "push", "pop", "indexOf", "includes", "join", "slice", "map", "filter", "reduce", "forEach", "sort",
    "toString", "lastIndexOf", "shift", "unshift", "splice", "concat", "reverse", "fill", "at", "some", "every", "find",
    "findIndex", "keys", "values", "entries",
  ]),
  ArrayConstructor: new Set(["isArray", "from"]),
  // keys()/values()/entries() only as the iterated expression of for...of (noUnsupportedMembers)
  Map: new Set(["get", "set", "has", "delete", "clear", "size", "forEach", "keys", "values", "entries"]),
  Set: new Set(["add", "has", "delete", "clear", "size", "forEach", "keys", "values"]),
  Math: new Set([
    "abs", "floor", "ceil", "trunc", "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log",
    "log2", "log10", "hypot", "round", "sign", "pow", "random", "imul", "clz32", "fround", "min", "max", "sinh", "cosh",
    "tanh", "asinh", "acosh", "atanh", "expm1", "log1p",
    "PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2",
  ]),
  StringConstructor: new Set(["fromCharCode"]),
  // JSON.parse only as `JSON.parse(s) as T` (noUnsupportedMembers)
  JSON: new Set(["stringify", "parse"]),
  ...Object.fromEntries(TYPED_ARRAY_NAMES.map((n) => [n, TYPED_ARRAY_MEMBERS])),
  ...Object.fromEntries(TYPED_ARRAY_NAMES.map((n) => [`${n}Constructor`, new Set(["from", "of", "BYTES_PER_ELEMENT"])])),
  ArrayBuffer: new Set(["byteLength", "slice"]),
  DataView: new Set([
    "byteLength", "byteOffset", "buffer", "getInt8", "getUint8", "getInt16", "getUint16", "getInt32", "getUint32", "getFloat32",
    "getFloat64", "setInt8", "setUint8", "setInt16", "setUint16", "setInt32", "setUint32", "setFloat32", "setFloat64",
  ]),
  NumberConstructor: new Set([
    "isNaN", "isInteger", "isSafeInteger", "isFinite", "parseFloat", "parseInt", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON",
    "MAX_VALUE", "MIN_VALUE", "NaN", "POSITIVE_INFINITY", "NEGATIVE_INFINITY",
  ]),
};

const PLANNED = "(planned: issue 4)";

/** Hints for refused globals, by name. */
export const GLOBAL_HINTS: Record<string, string> = {
  Record: "key a Record by strings (`Record<string, V>`, string literals or a string enum), or use a `Map<K, V>`",
  WeakMap: "use arrays, or a class holding parallel key/value arrays",
  WeakSet: "use an array with includes()",
  Object: "on a `Record<string, V>` use `Object.keys(r)`, `Object.values(r)` or `for (const [k, v] of Object.entries(r))`; other objects have a fixed layout: access properties by name",
  Array: "use an array literal `[]` and push(), or Array.from",
  Error: `report failure with a return value; exceptions ${PLANNED}`,
  Date: "use millis() or micros() for time",
  RegExp: "use string methods: indexOf, includes, startsWith, split",
  Proxy: "call methods directly: objects have a fixed layout in ts-esp",
  Reflect: "call methods directly: objects have a fixed layout in ts-esp",
  Boolean: "compare explicitly, e.g. `x !== 0` or `s.length > 0`",
  globalThis: "refer to the global by its name",
  isFinite: "compare with Infinity and use isNaN",
  encodeURIComponent: "build the text with string methods",
  decodeURIComponent: "parse the text with string methods",
};

const TYPED_ARRAY = /^(Uint8|Uint8Clamped|Int8|Uint16|Int16|Uint32|Int32|Float32|Float64|BigInt64|BigUint64)Array$/;

export function hintForGlobal(name: string): string {
  if (name in GLOBAL_HINTS) return GLOBAL_HINTS[name];
  if (TYPED_ARRAY.test(name)) return "use one of the compiled typed arrays (Uint8Array, Int32Array, Float64Array, ...; not BigInt64Array)";
  if (name.endsWith("Error")) return GLOBAL_HINTS.Error;
  return "this part of the JavaScript library is not compiled yet; write it in TypeScript";
}

/** Supported members whose optional trailing parameters are not compiled yet ("String.split": 1 would
 * refuse `s.split(",", 2)`); none today. */
export const MAX_ARGUMENTS: Record<string, number> = {};

/** Owners whose values a sketch can hold; members of other lib types are reported where the
 * value came from (`new Map()`, a regex literal, `arguments`, ...), not again at each use. */
export const REPORTED_MEMBER_OWNERS = new Set([
  "String", "Number", "Array", "Math", "StringConstructor", "NumberConstructor", "ArrayConstructor", "Map", "Set", "Boolean", "Object",
  "Function", "CallableFunction", "NewableFunction", ...BYTES_CONSTRUCTORS, ...TYPED_ARRAY_NAMES.map((n) => `${n}Constructor`),
  "ArrayBufferConstructor", "JSON",
]);

/** Error and its built-in subclasses (runtime tsesp/error.h): `new`, instanceof, `name`/`message`. */
export const ERROR_CLASSES = ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
for (const name of ERROR_CLASSES) {
  SUPPORTED_GLOBALS.add(name);
  SUPPORTED_GLOBAL_TYPES.add(name);
}
SUPPORTED_MEMBERS.Error = new Set(["name", "message"]);
SUPPORTED_MEMBERS.ErrorConstructor = new Set();
REPORTED_MEMBER_OWNERS.add("Error").add("ErrorConstructor");
GLOBAL_HINTS.Error = "throw Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError or a class extending Error";

/** Hints for refused members, by interface name. */
export function hintForMember(owner: string, name: string): string {
  if (owner === "NumberConstructor") return `supported: Number.${[...SUPPORTED_MEMBERS.NumberConstructor].join(", Number.")}`;
  if (owner === "ArrayConstructor") return "supported: Array.isArray, Array.from; build arrays with literals and push()";
  if (owner === "Math") return `supported: Math.${[...SUPPORTED_MEMBERS.Math].join(", Math.")}`;
  if (owner === "Function" || owner === "CallableFunction" || owner === "NewableFunction") {
    return "call the function directly; closures capture what you need";
  }
  if (owner === "String") return `supported string methods: ${[...SUPPORTED_MEMBERS.String].join(", ")}`;
  if (owner === "Array") return `supported array methods: ${[...SUPPORTED_MEMBERS.Array].join(", ")}`;
  if (owner === "Number") return "supported number methods: toFixed, toString";
  if (owner.endsWith("ArrayConstructor")) return `supported: ${owner.slice(0, -"Constructor".length)}.from(array, mapFn?), .of(...), .BYTES_PER_ELEMENT`;
  if (TYPED_ARRAY.test(owner)) return `supported typed array members: ${[...TYPED_ARRAY_MEMBERS].join(", ")}`;
  if (owner === "Map" || owner === "Set") return `supported ${owner} members: ${[...SUPPORTED_MEMBERS[owner]].join(", ")}`;
  return "this part of the JavaScript library is not compiled yet";
}
