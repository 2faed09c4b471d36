// Short constructors for C++ tree nodes (Svelte's b.*, TypeScript's factory): lower/ builds with these.
import type { CppExpr, CppParam, CppStmt, CppType } from "./nodes";

export const name = (n: string): CppExpr => ({ kind: "name", name: n });
export const call = (callee: CppExpr | string, ...args: CppExpr[]): CppExpr => ({
  kind: "call",
  callee: typeof callee === "string" ? name(callee) : callee,
  args,
});
export const member = (object: CppExpr, op: "." | "->" | "::", n: string): CppExpr => ({ kind: "member", object, op, name: n });
/** object.method(args) */
export const method = (object: CppExpr, n: string, ...args: CppExpr[]): CppExpr => call(member(object, ".", n), ...args);
export const binary = (op: string, left: CppExpr, right: CppExpr): CppExpr => ({ kind: "binary", op, left, right });
export const unary = (op: string, operand: CppExpr): CppExpr => ({ kind: "unary", op, operand, postfix: false });
export const postfix = (op: string, operand: CppExpr): CppExpr => ({ kind: "unary", op, operand, postfix: true });
export const conditional = (test: CppExpr, whenTrue: CppExpr, whenFalse: CppExpr): CppExpr => ({
  kind: "conditional",
  test,
  whenTrue,
  whenFalse,
});
export const assign = (target: CppExpr, value: CppExpr, op = "="): CppExpr => ({ kind: "assign", op, target, value });
export const lambda = (captures: string[], params: CppParam[], returnType: CppType, body: CppStmt[]): CppExpr => ({
  kind: "lambda",
  captures,
  params,
  returnType,
  body,
});
export const braced = (type: CppType, items: CppExpr[]): CppExpr => ({ kind: "braced", type, items });
export const list = (items: CppExpr[]): CppExpr => ({ kind: "list", items });

export const exprStmt = (expr: CppExpr): CppStmt => ({ kind: "expr", expr });
export const ret = (value?: CppExpr): CppStmt => ({ kind: "return", value });
export const varDecl = (type: CppType, n: string, init?: CppExpr, isConst = false): CppStmt => ({
  kind: "var",
  type,
  name: n,
  init,
  isConst,
});
export const block = (body: CppStmt[]): CppStmt => ({ kind: "block", body });

/** A C++ string literal for UTF-8 (WTF-8) bytes; octal escapes never swallow following digits. */
export function stringLiteral(bytes: Uint8Array): string {
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += "\\\\";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x3f) out += "?"; // no trigraphs in C++17
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += "\\" + b.toString(8).padStart(3, "0");
  }
  return out + '"';
}

/** JS string -> WTF-8 bytes (lone surrogates kept as 3-byte sequences, as tsesp::String stores them). */
export function wtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** A TS string value as a tsesp::String expression: `tsesp::String("text")`. */
export function tsString(text: string): CppExpr {
  const bytes = wtf8(text);
  if (bytes.length === 0) return name("tsesp::String()");
  const literal = stringLiteral(bytes);
  return bytes.includes(0) ? call("tsesp::String", name(literal), name(String(bytes.length))) : call("tsesp::String", name(literal));
}

/** A JS number as a C++ double literal (always with '.' or exponent: 1/2 must not be integer division). */
export function numberLiteral(value: number): CppExpr {
  if (Number.isNaN(value)) return name("NAN");
  if (!Number.isFinite(value)) return name(value < 0 ? "-INFINITY" : "INFINITY");
  if (Object.is(value, -0)) return name("-0.0");
  let text = String(value);
  if (!/[.e]/.test(text)) text += ".0";
  return name(text);
}
