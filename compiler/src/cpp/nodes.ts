// The C++ tree lower/ builds and emit/ prints. Types are C++ spellings ("double",
// "tsesp::Array<double>"); expressions and statements are nodes so the printer owns precedence,
// layout and #line placement. Every statement and declaration may carry its TS origin.

/** Where a node came from in the sketch: printed as `#line <line> "<file>"`. */
export interface Origin {
  file: string; // relative to the sketch root
  line: number; // 1-based
}

/** A C++ type spelling, e.g. "double" or "tsesp::Ref<Point>". */
export type CppType = string;

export interface CppParam {
  type: CppType;
  name: string;
  defaultValue?: CppExpr;
}

export type CppExpr =
  | { kind: "name"; name: string } // identifiers, qualified names, literals
  | { kind: "call"; callee: CppExpr; args: CppExpr[] }
  | { kind: "member"; object: CppExpr; op: "." | "->" | "::"; name: string }
  | { kind: "binary"; op: string; left: CppExpr; right: CppExpr }
  | { kind: "unary"; op: string; operand: CppExpr; postfix: boolean }
  | { kind: "conditional"; test: CppExpr; whenTrue: CppExpr; whenFalse: CppExpr }
  | { kind: "assign"; op: string; target: CppExpr; value: CppExpr }
  | { kind: "lambda"; captures: string[]; params: CppParam[]; returnType: CppType; body: CppStmt[] }
  | { kind: "braced"; type: CppType; items: CppExpr[] } // Type{a, b}
  | { kind: "list"; items: CppExpr[] } // {a, b} (initializer list argument)
  | { kind: "stmtExpr"; body: CppStmt[] }; // ({ stmts; value; }) GNU statement expression (lower/shared/unwind.ts)

export type CppStmt = (
  | { kind: "expr"; expr: CppExpr }
  | { kind: "var"; type: CppType; name: string; init?: CppExpr; isConst?: boolean; direct?: boolean; maybeUnused?: boolean }
  | { kind: "if"; test: CppExpr; then: CppStmt[]; else?: CppStmt[] }
  | { kind: "while"; test: CppExpr; body: CppStmt[] }
  | { kind: "doWhile"; body: CppStmt[]; test: CppExpr }
  | { kind: "for"; init?: CppStmt; test?: CppExpr; update?: CppExpr; body: CppStmt[] }
  | { kind: "switch"; discriminant: CppExpr; cases: { label?: CppExpr; body: CppStmt[] }[] }
  | { kind: "return"; value?: CppExpr }
  | { kind: "break" }
  | { kind: "continue" }
  | { kind: "goto"; label: string }
  | { kind: "label"; label: string }
  | { kind: "block"; body: CppStmt[] }
  | { kind: "comment"; text: string }
) & { origin?: Origin };

export interface CppFunction {
  kind: "function";
  name: string; // may be qualified: "Point::area"
  returnType?: CppType; // absent for constructors and destructors
  params: CppParam[];
  /** Absent: a declaration (prototype). */
  body?: CppStmt[];
  specifiers?: ("static" | "virtual" | "inline")[];
  suffix?: ("const" | "override" | "= 0")[];
  initializers?: { name: string; args: CppExpr[] }[]; // constructor mem-initializers
  /** Template headers, outermost first: [["T"]] for a generic function or a generic class's member
   * defined out of line, [["T"], ["U"]] for a generic method of a generic class defined out of line. */
  templates?: string[][];
  origin?: Origin;
}

export type CppMember =
  | { kind: "field"; type: CppType; name: string; init?: CppExpr; isStatic?: boolean; isConst?: boolean }
  | CppFunction
  | { kind: "raw"; text: string };

export type CppDecl = (
  | { kind: "include"; path: string; system?: boolean }
  | { kind: "namespace"; name: string; decls: CppDecl[] }
  | CppFunction
  | { kind: "var"; type: CppType; name: string; init?: CppExpr; isConst?: boolean; isExtern?: boolean }
  | { kind: "struct"; name: string; bases: string[]; members: CppMember[]; template?: string[] }
  | { kind: "forward"; name: string; template?: string[] }
  | { kind: "comment"; text: string }
  | { kind: "raw"; text: string }
) & { origin?: Origin };

/** One generated file; path relative to the generated src/ folder. */
export interface CppFile {
  path: string;
  /** Doc block printed at the top. */
  header: string[];
  pragmaOnce: boolean;
  decls: CppDecl[];
}

export interface CppProgram {
  files: CppFile[];
}
