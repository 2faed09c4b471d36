// The ES and ts-esp globals a sketch may name (compiler/lib/*.d.ts plus the ES2022 core the subset
// accepts) -> the tsesp runtime functions that implement them. One table per kind of use.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression, lowerToStringPart } from "../expressions/index";
import { lowerArrayFrom } from "./arrayFrom";
import { lowerJsonCall } from "./json";
import { lowerObjectCall } from "./record";
import { isBooleanType, isOptionalType, isStringType } from "../types";

const IDENTIFIERS: Record<string, string> = {
  NaN: "NAN", Infinity: "INFINITY",
  HIGH: "tsesp::arduino::HIGH_", LOW: "tsesp::arduino::LOW_", INPUT: "tsesp::arduino::INPUT_",
  OUTPUT: "tsesp::arduino::OUTPUT_", INPUT_PULLUP: "tsesp::arduino::INPUT_PULLUP_",
};

const PROPERTIES: Record<string, Record<string, string>> = {
  // Math.PI -> tsesp::math::pi (the Arduino core #defines PI)
  Math: Object.fromEntries(["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"].map((n) => [n, `tsesp::math::${n.toLowerCase()}`])),
  Number: {
    MAX_SAFE_INTEGER: "9007199254740991.0", MIN_SAFE_INTEGER: "-9007199254740991.0", EPSILON: "2.220446049250313e-16",
    MAX_VALUE: "1.7976931348623157e+308", MIN_VALUE: "5e-324", NaN: "NAN", POSITIVE_INFINITY: "INFINITY",
    NEGATIVE_INFINITY: "-INFINITY",
  },
};

/** Global functions called by name: f(args) -> runtime(args). */
const FUNCTIONS: Record<string, string> = {
  parseInt: "tsesp::parseInt", parseFloat: "tsesp::parseFloat", isNaN: "tsesp::isNaN",
  setTimeout: "tsesp::setTimeout", setInterval: "tsesp::setInterval",
  clearTimeout: "tsesp::clearTimeout", clearInterval: "tsesp::clearInterval",
  pinMode: "tsesp::arduino::pinMode", digitalWrite: "tsesp::arduino::digitalWrite", digitalRead: "tsesp::arduino::digitalRead",
  analogRead: "tsesp::arduino::analogRead", delay: "tsesp::arduino::delay", millis: "tsesp::arduino::millis", micros: "tsesp::arduino::micros",
};

/** Static methods: Obj.m(args) -> runtime(args). */
const STATIC_METHODS: Record<string, Record<string, string>> = {
  console: { log: "tsesp::console::log", error: "tsesp::console::error", warn: "tsesp::console::error" },
  Serial: { begin: "tsesp::serial::begin", print: "tsesp::serial::print", println: "tsesp::serial::println" },
  ESP: { getFreeHeap: "tsesp::arduino::freeHeap" },
  Array: { isArray: "tsesp::isArray" },
  Number: { isNaN: "tsesp::isNaN", parseFloat: "tsesp::parseFloat", parseInt: "tsesp::parseInt", isInteger: "tsesp::isInteger", isSafeInteger: "tsesp::isSafeInteger", isFinite: "tsesp::isFiniteNumber" },
  Math: Object.fromEntries(
    ["abs", "floor", "ceil", "trunc", "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log",
      "log2", "log10", "round", "sign", "pow", "random", "imul", "clz32", "fround", "sinh", "cosh", "tanh", "asinh", "acosh",
      "atanh", "expm1", "log1p"].map((n) => [n, `tsesp::math::${n}`]),
  ),
};

export function lowerGlobalIdentifier(name: string): CppExpr | undefined {
  const spelled = IDENTIFIERS[name];
  return spelled ? b.name(spelled) : undefined;
}

export function lowerGlobalProperty(object: string, property: string): CppExpr | undefined {
  const spelled = PROPERTIES[object]?.[property];
  return spelled ? b.name(spelled) : undefined;
}

export function lowerGlobalCall(node: ts.CallExpression, ctx: LowerContext): CppExpr | undefined {
  const callee = node.expression;
  const args = (): CppExpr[] => node.arguments.map((a) => lowerExpression(a, ctx));
  if (ts.isIdentifier(callee)) {
    if (callee.text === "String") {
      // String(x) -> tsesp::toString(x)
      return node.arguments.length ? lowerToStringPart(node.arguments[0], ctx) : b.tsString("");
    }
    if (callee.text === "Number") return lowerNumberCall(node, ctx);
    if (callee.text === "clearTimeout" || callee.text === "clearInterval") {
      const arg = node.arguments[0];
      const value = lowerExpression(arg, ctx);
      const optional = isOptionalType(ctx.checker.getTypeAtLocation(arg));
      return b.call(FUNCTIONS[callee.text], optional ? b.method(value, "valueOr", b.name("0.0")) : value);
    }
    const fn = FUNCTIONS[callee.text];
    return fn ? b.call(fn, ...args()) : undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const object = callee.expression.text;
    const method = callee.name.text;
    if (object === "Math" && (method === "min" || method === "max" || method === "hypot")) {
      // Math.max(a, b) -> tsesp::math::max({a, b}); Math.hypot(x, y, z) -> tsesp::math::hypot({x, y, z})
      return b.call(`tsesp::math::${method}`, b.list(args()));
    }
    if (object === "Array" && method === "from") return lowerArrayFrom(node, ctx); // library/arrayFrom.ts
    if (object === "JSON") return lowerJsonCall(node, method, ctx); // library/json.ts
    if (object === "Object") return lowerObjectCall(node, method, (e) => lowerExpression(e, ctx)); // Object.keys(r) (library/record.ts)
    if (object === "String" && method === "fromCharCode") {
      const parts = args().map((a) => b.call("tsesp::String::fromCharCode", a));
      return parts.length === 1 ? parts[0] : b.call("tsesp::concat", b.list(parts));
    }
    const fn = STATIC_METHODS[object]?.[method];
    // console.log(a, b) -> tsesp::console::log{a, b} (braces: left-to-right argument evaluation)
    if (fn && object === "console") return b.braced(fn, args());
    return fn ? b.call(fn, ...args()) : undefined;
  }
  return undefined;
}

// Number(s) -> tsesp::stringToNumber(s); Number(flag) -> (flag ? 1.0 : 0.0)
function lowerNumberCall(node: ts.CallExpression, ctx: LowerContext): CppExpr {
  if (node.arguments.length === 0) return b.name("0.0");
  const arg = node.arguments[0];
  const t = ctx.checker.getTypeAtLocation(arg);
  const value = lowerExpression(arg, ctx);
  if (isStringType(t)) return b.call("tsesp::stringToNumber", value);
  if (isBooleanType(t)) return b.conditional(value, b.name("1.0"), b.name("0.0"));
  return value;
}
