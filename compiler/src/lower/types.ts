// TS types -> C++ type spellings: number -> double, string -> tsesp::String, boolean -> bool,
// T[] -> tsesp::Array<T>, T | undefined -> tsesp::Optional<T>, function types -> tsesp::Function<R(A)>,
// classes and interfaces -> tsesp::Ref<Name>, numeric enums -> double, Map/Set -> tsesp::Map/Set.
import { ts } from "ts-morph";
import { InternalCompilerError } from "../diagnostics/types";
import type { LowerContext } from "./context";
import { bytesCppType } from "./library/bytesTypes";
import { builtinErrorDeclName, errorCppType } from "./library/errors";
import { netCppType } from "./library/net";
import { recordValueType } from "./library/record";
import { referenceTypeArguments } from "./shared/generics";
import { cppName } from "./shared/names";
import { namedInterfaceOf } from "./shared/namedObjectType";

export function cppTypeOf(type: ts.Type, ctx: LowerContext): string {
  const f = type.flags;
  if (f & (ts.TypeFlags.NumberLike)) return "double";
  if (f & ts.TypeFlags.StringLike) return "tsesp::String";
  if (f & ts.TypeFlags.BooleanLike) return "bool";
  if (f & ts.TypeFlags.Void) return "void";
  if (f & ts.TypeFlags.Undefined) return "tsesp::Undefined";
  if (f & ts.TypeFlags.Null) return "tsesp::Null";
  if (f & ts.TypeFlags.Never) return "tsesp::Never"; // an exhaustive switch's default (variant.h)
  // a type parameter of a generic class or function: the C++ template parameter of the same name (shared/generics.ts)
  if (f & ts.TypeFlags.TypeParameter && !(type as { isThisType?: boolean }).isThisType) return cppName(type.getSymbol()!.getName());
  // `T & {}` / `T & null`: how TS narrows an unconstrained T by `x !== undefined` -> still T
  if (type.isIntersection() && type.types.some((t) => t.flags & ts.TypeFlags.TypeParameter)) return cppTypeOf(type.types.find((t) => t.flags & ts.TypeFlags.TypeParameter)!, ctx);
  if (type.isUnion()) return cppUnionType(type, ctx);
  const recordValue = recordValueType(type); // Record<string, number> -> tsesp::Record<double> (library/record.ts)
  if (recordValue) return `tsesp::Record<${cppTypeOf(recordValue, ctx)}>`;
  if (ctx.checker.isTupleType(type)) {
    // a homogeneous tuple, e.g. the type of `[0, 2]` in `let [count, step] = [0, 2]` -> an array
    const spellings = [...new Set(ctx.checker.getTypeArguments(type as ts.TypeReference).map((t) => cppTypeOf(t, ctx)))];
    if (spellings.length === 1) return `tsesp::Array<${spellings[0]}>`;
  }
  if (ctx.checker.isArrayType(type)) {
    const element = ctx.checker.getTypeArguments(type as ts.TypeReference)[0];
    return `tsesp::Array<${cppTypeOf(element, ctx)}>`;
  }
  const net = netCppType(type); // AsyncClient/AsyncServer (library/net.ts)
  if (net) return net;
  const bytes = bytesCppType(type); // Uint8Array, ArrayBuffer, DataView, ... (library/bytes.ts)
  if (bytes) return bytes;
  const error = errorCppType(type); // Error, RangeError, ..., a caught `unknown` (library/errors.ts)
  if (error) return error;
  const symbol = type.getSymbol();
  const collection = collectionKind(type);
  if (collection) {
    // Map<string, number> -> tsesp::Map<tsesp::String, double>; Set<number> -> tsesp::Set<double>
    const args = ctx.checker.getTypeArguments(type as ts.TypeReference).map((t) => cppTypeOf(t, ctx));
    return `tsesp::${collection}<${args.join(", ")}>`;
  }
  const constObject = constObjectOf(type);
  if (constObject) return `tsesp::Ref<${qualifiedDeclName(constObject, ctx)}_type>`; // const CONFIG = {...} as const -> CONFIG_type
  const alias = objectTypeAliasOf(type);
  if (alias) {
    // type Point = { x: number; y: number } -> tsesp::Ref<Point> (a struct like an interface's); Pair<number> -> Pair<double>
    const args = type.aliasSymbol?.declarations?.[0] === alias ? type.aliasTypeArguments ?? [] : [];
    return `tsesp::Ref<${qualifiedDeclName(alias, ctx)}${args.length ? `<${args.map((t) => cppTypeOf(t, ctx)).join(", ")}>` : ""}>`;
  }
  if (symbol && symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
    const decl = symbol.declarations?.[0];
    if (decl && !decl.getSourceFile().isDeclarationFile) return `tsesp::Ref<${cppClassName(type, decl, ctx)}>`;
  }
  const signatures = type.getCallSignatures();
  if (signatures.length === 1) return cppFunctionType(signatures[0], ctx);
  // the rest of `const { id, ...rest } = msg`: the sketch interface with exactly its properties
  const named = namedInterfaceOf(type, ctx);
  if (named) return `tsesp::Ref<${qualifiedDeclName(named, ctx)}>`;
  throw new InternalCompilerError("TSESP9001", `cannot lower the type '${ctx.checker.typeToString(type)}' to C++`);
}

// T | undefined / T | null -> tsesp::Optional<T>; string | number -> tsesp::Variant<double, tsesp::String>
// (members in one canonical order, so the same union is spelled the same everywhere); both together
// -> tsesp::Optional<tsesp::Variant<...>>. Literal families collapse to their primitive (`"a" | "b"`).
function cppUnionType(type: ts.UnionType, ctx: LowerContext): string {
  const parts = type.types.filter((t) => !(t.flags & NULLISH));
  const optional = parts.length !== type.types.length;
  const spellings = [...new Set(parts.map((t) => cppTypeOf(t, ctx)))].sort(compareSpellings);
  if (spellings.length === 0) {
    throw new InternalCompilerError("TSESP9002", `cannot lower the union type '${ctx.checker.typeToString(type)}' to C++`);
  }
  if (spellings.length === 1 && spellings[0] === "void") return "void"; // cb?.() where cb returns void
  const inner = spellings.length === 1 ? spellings[0] : `tsesp::Variant<${spellings.join(", ")}>`;
  return optional ? `tsesp::Optional<${inner}>` : inner;
}

const NULLISH = ts.TypeFlags.Undefined | ts.TypeFlags.Null;
const SPELLING_RANK = ["double", "bool", "tsesp::String"];

function compareSpellings(a: string, b: string): number {
  const ra = SPELLING_RANK.indexOf(a);
  const rb = SPELLING_RANK.indexOf(b);
  if (ra !== rb) return (ra < 0 ? SPELLING_RANK.length : ra) - (rb < 0 ? SPELLING_RANK.length : rb);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for a C++ spelling that is a tagged union (several distinct member types). */
export const isVariantSpelling = (spelling: string): boolean => /^tsesp::(Optional<tsesp::)?Variant</.test(spelling);

export function cppFunctionType(signature: ts.Signature, ctx: LowerContext): string {
  const ret = cppTypeOf(signature.getReturnType(), ctx);
  const params = signature.getParameters().map((p) => cppTypeOf(ctx.checker.getTypeOfSymbol(p), ctx));
  return `tsesp::Function<${ret}(${params.join(", ")})>`;
}

/** The C++ type of the value an expression or declaration has (narrowed at that location). */
export function cppTypeOfNode(node: ts.Node, ctx: LowerContext): string {
  return cppTypeOf(ctx.checker.getTypeAtLocation(node), ctx);
}

/** A module-level declaration's C++ name, qualified with its module's namespace when elsewhere. */
export function qualifiedDeclName(decl: ts.Node, ctx: LowerContext): string {
  const named = decl as ts.Node & { name?: ts.Node };
  const base = cppName(named.name && ts.isIdentifier(named.name) ? named.name.text : "default");
  const file = decl.getSourceFile().fileName;
  if (file === ctx.module.sourceFile.fileName) return base;
  const module = ctx.modules.get(file);
  const builtin = module ? undefined : builtinErrorDeclName(decl); // class X extends Error (library/errors.ts)
  if (builtin) return builtin;
  if (!module) throw new InternalCompilerError("TSESP9003", `declaration outside the sketch: ${base}`);
  return `${module.namespace}::${base}`;
}

/** The C++ struct a sketch class/interface type names, with its type arguments: RingBuffer<number> -> RingBuffer<double>. */
export function cppClassName(type: ts.Type, decl: ts.Declaration, ctx: LowerContext): string {
  const args = referenceTypeArguments(type, decl, ctx);
  return qualifiedDeclName(decl, ctx) + (args.length ? `<${args.map((t) => cppTypeOf(t, ctx)).join(", ")}>` : "");
}

/** The sketch's `type X = { ... }` declaration an object type comes from (lowered as a struct, classes.ts). */
export function objectTypeAliasOf(type: ts.Type): ts.TypeAliasDeclaration | undefined {
  const decl = type.getSymbol()?.declarations?.[0];
  if (!decl || !ts.isTypeLiteralNode(decl) || !ts.isTypeAliasDeclaration(decl.parent) || decl.getSourceFile().isDeclarationFile) return undefined;
  return decl.parent;
}

/** The module-level `const X = { ... } as const` an object type comes from (its struct is X_type, classes.ts). */
export function constObjectOf(type: ts.Type): ts.VariableDeclaration | undefined {
  const decl = type.getSymbol()?.declarations?.[0];
  if (!decl || !ts.isObjectLiteralExpression(decl) || !ts.isAsExpression(decl.parent)) return undefined;
  const v = decl.parent.parent;
  return ts.isVariableDeclaration(v) && ts.isIdentifier(v.name) && ts.isSourceFile(v.parent.parent.parent) ? v : undefined;
}

/** "Map" or "Set" for the ES library's Map/Set types (not a sketch class of that name). */
export function collectionKind(t: ts.Type): "Map" | "Set" | undefined {
  const symbol = t.getSymbol();
  const name = symbol?.getName();
  if ((name !== "Map" && name !== "Set") || !symbol?.declarations?.every((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  return name;
}

/** string, string literals, and unions of them (a string enum's type, `"on" | "off"`). */
export const isStringType = (t: ts.Type): boolean => (t.flags & ts.TypeFlags.StringLike) !== 0 || (t.isUnion() && t.types.every(isStringType));
export const isNumberType = (t: ts.Type): boolean => (t.flags & ts.TypeFlags.NumberLike) !== 0;
export const isBooleanType = (t: ts.Type): boolean => (t.flags & ts.TypeFlags.BooleanLike) !== 0;

/** A union with undefined and/or null and something else: a tsesp::Optional<T> in C++. */
export function isOptionalType(t: ts.Type): boolean {
  return t.isUnion() && t.types.some((p) => p.flags & NULLISH) && t.types.some((p) => !(p.flags & NULLISH));
}

/** A union whose non-nullish part has several C++ types: a tsesp::Variant (possibly in an Optional). */
export function isVariantType(t: ts.Type, ctx: LowerContext): boolean {
  return t.isUnion() && isVariantSpelling(cppTypeOf(t, ctx));
}

/** The class declaration a type is an instance of, if it is a sketch class. */
export function classOfType(t: ts.Type): ts.ClassDeclaration | undefined {
  const decl = t.getSymbol()?.declarations?.[0];
  return decl && ts.isClassDeclaration(decl) ? decl : undefined;
}
