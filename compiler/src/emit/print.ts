// Prints the C++ tree (cpp/nodes.ts) as text: two-space indentation, parentheses from C++ precedence,
// and `#line N "file.ts"` before a statement whenever the physical line would not already map to its
// TS origin, so compiler errors and debuggers point at the sketch.
import type { CppDecl, CppExpr, CppFile, CppFunction, CppMember, CppParam, CppStmt, Origin } from "../cpp/nodes";

const PRECEDENCE: Record<string, number> = {
  "*": 5, "/": 5, "%": 5, "+": 6, "-": 6, "<<": 7, ">>": 7, "<": 9, "<=": 9, ">": 9, ">=": 9,
  "==": 10, "!=": 10, "&": 11, "^": 12, "|": 13, "&&": 14, "||": 15, ",": 17,
};

function precedenceOf(e: CppExpr): number {
  switch (e.kind) {
    case "name":
      return /^-/.test(e.name) ? 3 : 0;
    case "call":
    case "member":
    case "braced":
    case "list":
      return 2;
    case "unary":
      return e.postfix ? 2 : 3;
    case "binary":
      return PRECEDENCE[e.op] ?? 16;
    case "lambda":
      return 2;
    case "stmtExpr":
      return 0;
    case "conditional":
    case "assign":
      return 16;
  }
}

/** Writes lines and keeps track of which TS line the next physical line maps to. */
class Writer {
  readonly lines: string[] = [];
  private mapped: Origin | undefined;

  write(text: string, indent: number, origin?: Origin): void {
    if (origin && !(this.mapped && this.mapped.file === origin.file && this.mapped.line === origin.line)) {
      this.lines.push(`#line ${origin.line} ${JSON.stringify(origin.file)}`);
      this.mapped = { ...origin };
    }
    const parts = text.split("\n");
    const pad = "  ".repeat(indent);
    for (const part of parts) this.lines.push(part.startsWith("#line") || part === "" ? part : pad + part);
    if (parts.length > 1 || text.includes("#line")) this.mapped = undefined;
    else if (this.mapped) this.mapped = { file: this.mapped.file, line: this.mapped.line + 1 };
  }

  /** Lines that do not come from a TS statement (braces, declarations) keep the mapping moving. */
  plain(text: string, indent: number): void {
    this.write(text, indent);
  }
}

export function printExpr(e: CppExpr): string {
  switch (e.kind) {
    case "name":
      return e.name;
    case "call":
      return `${wrap(e.callee, 2)}(${e.args.map(printExpr).join(", ")})`;
    case "member":
      return `${wrap(e.object, 2)}${e.op}${e.name}`;
    case "binary": {
      const p = PRECEDENCE[e.op] ?? 16;
      return `${wrapOperand(e.left, p, e.op, false)} ${e.op} ${wrapOperand(e.right, p, e.op, true)}`;
    }
    case "unary": {
      if (e.postfix) return `${wrap(e.operand, 2)}${e.op}`;
      const inner = wrap(e.operand, 3);
      // "- -x" and "+ +x" must not fuse into -- / ++
      return (e.op === "-" || e.op === "+") && inner.startsWith(e.op) ? `${e.op}(${inner})` : `${e.op}${inner}`;
    }
    case "conditional":
      return `${wrap(e.test, 15)} ? ${wrap(e.whenTrue, 16)} : ${wrap(e.whenFalse, 16)}`;
    case "assign":
      return `${wrap(e.target, 2)} ${e.op} ${wrap(e.value, 16)}`;
    case "braced":
      return `${e.type}{${e.items.map(printExpr).join(", ")}}`;
    case "list":
      return `{${e.items.map(printExpr).join(", ")}}`;
    case "lambda": {
      const w = new Writer();
      for (const s of e.body) printStmt(w, s, 1);
      return `[${e.captures.join(", ")}](${printParams(e.params, false)}) -> ${e.returnType} {\n${w.lines.join("\n")}\n}`;
    }
    case "stmtExpr": {
      const w = new Writer();
      for (const s of e.body) printStmt(w, s, 1);
      return `({\n${w.lines.join("\n")}\n})`;
    }
  }
}

function wrap(e: CppExpr, max: number): string {
  const text = printExpr(e);
  return precedenceOf(e) > max ? `(${text})` : text;
}

// Operands of a binary operator: parenthesized by precedence, and whenever two different logical or
// bitwise operators meet, so g++ -Wparentheses stays quiet and readers need not know the table.
function wrapOperand(e: CppExpr, parent: number, op: string, right: boolean): string {
  const p = precedenceOf(e);
  const text = printExpr(e);
  const mixed = e.kind === "binary" && e.op !== op && (parent >= 7 || p >= 7);
  if (p > parent || (right && p === parent) || mixed) return `(${text})`;
  return text;
}

function printParams(params: CppParam[], withDefaults: boolean): string {
  return params
      .map((p) => `${p.type}${p.name ? ` ${p.name}` : ""}${withDefaults && p.defaultValue ? ` = ${printExpr(p.defaultValue)}` : ""}`)
    .join(", ");
}

function printBody(w: Writer, body: CppStmt[], indent: number): void {
  for (const s of body) printStmt(w, s, indent);
}

export function printStmt(w: Writer, s: CppStmt, indent: number): void {
  const o = s.origin;
  switch (s.kind) {
    case "expr":
      return w.write(`${printExpr(s.expr)};`, indent, o);
    case "var": {
      const prefix = `${s.maybeUnused ? "[[maybe_unused]] " : ""}${s.isConst ? "const " : ""}`;
      if (s.init === undefined) return w.write(`${prefix}${s.type} ${s.name}{};`, indent, o);
      if (s.direct) return w.write(`${prefix}${s.type} ${s.name}{${printExpr(s.init)}};`, indent, o);
      return w.write(`${prefix}${s.type} ${s.name} = ${printExpr(s.init)};`, indent, o);
    }
    case "if": {
      w.write(`if (${printExpr(s.test)}) {`, indent, o);
      printBody(w, s.then, indent + 1);
      let rest = s.else;
      while (rest && rest.length === 1 && rest[0].kind === "if") {
        const elseIf = rest[0];
        w.plain(`} else if (${printExpr(elseIf.test)}) {`, indent);
        printBody(w, elseIf.then, indent + 1);
        rest = elseIf.else;
      }
      if (rest) {
        w.plain("} else {", indent);
        printBody(w, rest, indent + 1);
      }
      return w.plain("}", indent);
    }
    case "while":
      w.write(`while (${printExpr(s.test)}) {`, indent, o);
      printBody(w, s.body, indent + 1);
      return w.plain("}", indent);
    case "doWhile":
      w.write("do {", indent, o);
      printBody(w, s.body, indent + 1);
      return w.plain(`} while (${printExpr(s.test)});`, indent);
    case "for": {
      const init = s.init ? printInlineStmt(s.init) : "";
      const test = s.test ? ` ${printExpr(s.test)}` : "";
      const update = s.update ? ` ${printExpr(s.update)}` : "";
      w.write(`for (${init};${test};${update}) {`, indent, o);
      printBody(w, s.body, indent + 1);
      return w.plain("}", indent);
    }
    case "switch":
      w.write(`switch (${printExpr(s.discriminant)}) {`, indent, o);
      for (const c of s.cases) {
        const last = c.body[c.body.length - 1];
        const fallsThrough = last?.kind === "expr" && last.expr.kind === "name" && last.expr.name === "[[fallthrough]]";
        w.plain(c.label ? `case ${printExpr(c.label)}: {` : "default: {", indent + 1);
        printBody(w, fallsThrough ? c.body.slice(0, -1) : c.body, indent + 2);
        w.plain("}", indent + 1);
        if (fallsThrough) w.plain("[[fallthrough]];", indent + 2);
      }
      return w.plain("}", indent);
    case "return":
      return w.write(s.value ? `return ${printExpr(s.value)};` : "return;", indent, o);
    case "break":
      return w.write("break;", indent, o);
    case "continue":
      return w.write("continue;", indent, o);
    case "goto":
      return w.write(`goto ${s.label};`, indent, o);
    case "label":
      return w.plain(`${s.label}:;`, Math.max(indent - 1, 0));
    case "block":
      w.write("{", indent, o);
      printBody(w, s.body, indent + 1);
      return w.plain("}", indent);
    case "comment":
      return w.plain(`// ${s.text}`, indent);
  }
}

function printInlineStmt(s: CppStmt): string {
  if (s.kind === "var") return `${s.isConst ? "const " : ""}${s.type} ${s.name} = ${s.init ? printExpr(s.init) : "{}"}`;
  if (s.kind === "expr") return printExpr(s.expr);
  throw new Error(`cannot print ${s.kind} inline`);
}

/** ["T", "U"] -> "template <typename T, typename U> " (generic classes and functions, printed on the same line). */
function printTemplate(params: string[] | undefined): string {
  return params ? `template <${params.map((p) => `typename ${p}`).join(", ")}> ` : "";
}

function printFunction(w: Writer, f: CppFunction, indent: number, inClass: boolean): void {
  const specifiers = (f.specifiers ?? []).filter((sp) => inClass || sp === "inline").map((sp) => `${sp} `).join("");
  const suffix = (f.suffix ?? []).filter((sx) => inClass || sx === "const").map((sx) => ` ${sx}`).join("");
  const ret = f.returnType ? `${f.returnType} ` : "";
  const signature = `${(f.templates ?? []).map(printTemplate).join("")}${specifiers}${ret}${f.name}(${printParams(f.params, inClass || !f.body)})${suffix}`;
  if (!f.body) return w.write(`${signature};`, indent, f.origin);
  const init = f.initializers?.length
    ? ` : ${f.initializers.map((i) => `${i.name}(${i.args.map(printExpr).join(", ")})`).join(", ")}`
    : "";
  w.write(`${signature}${init} {`, indent, f.origin);
  printBody(w, f.body, indent + 1);
  w.plain("}", indent);
}

function printMember(w: Writer, m: CppMember, indent: number): void {
  switch (m.kind) {
    case "field": {
      const prefix = `${m.isStatic ? "static " : ""}${m.isConst ? "const " : ""}`;
      return w.plain(`${prefix}${m.type} ${m.name}${m.init ? ` = ${printExpr(m.init)}` : ""};`, indent);
    }
    case "function":
      return printFunction(w, m, indent, true);
    case "raw":
      return w.plain(m.text, indent);
  }
}

function printDecl(w: Writer, d: CppDecl, indent: number): void {
  switch (d.kind) {
    case "include":
      return w.plain(d.system ? `#include <${d.path}>` : `#include "${d.path}"`, indent);
    case "namespace":
      w.plain(`namespace ${d.name} {`, indent);
      for (const inner of d.decls) printDecl(w, inner, indent);
      return w.plain(`}  // namespace ${d.name}`, indent);
    case "function":
      return printFunction(w, d, indent, false);
    case "var": {
      const prefix = `${d.isExtern ? "extern " : ""}${d.isConst ? "const " : ""}`;
      return w.write(`${prefix}${d.type} ${d.name}${d.init ? ` = ${printExpr(d.init)}` : ""};`, indent, d.origin);
    }
    case "struct":
      w.write(`${printTemplate(d.template)}struct ${d.name}${d.bases.length ? ` : ${d.bases.map((b) => `public ${b}`).join(", ")}` : ""} {`, indent, d.origin);
      for (const m of d.members) printMember(w, m, indent + 1);
      return w.plain("};", indent);
    case "forward":
      return w.plain(`${printTemplate(d.template)}struct ${d.name};`, indent);
    case "comment":
      return w.plain(`// ${d.text}`, indent);
    case "raw":
      return w.plain(d.text, indent);
  }
}

/** The full text of one generated file. */
export function printFile(file: CppFile): string {
  const w = new Writer();
  for (const line of file.header) w.plain(`// ${line}`, 0);
  if (file.pragmaOnce) w.plain("#pragma once", 0);
  let previous: CppDecl["kind"] | undefined;
  for (const d of file.decls) {
    if (previous !== undefined && (d.kind !== previous || d.kind === "function" || d.kind === "struct" || d.kind === "namespace")) w.plain("", 0);
    printDecl(w, d, 0);
    previous = d.kind;
  }
  return w.lines.join("\n") + "\n";
}
