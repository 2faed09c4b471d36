// A container of one element type used where TS expects the same container of another:
// `names(ds)` with `ds: Derived[]` and `names(xs: Base[])`, `Map<string, Derived>` returned as
// `Map<string, Base>`, `number[]` passed as `(number | undefined)[]`, and function values whose
// parameter or return types differ that way (`() => Derived[]` as `() => Base[]`) -> TSESP2000. TS allows it
// (arrays are covariant), but C++ `Array<Ref<Derived>>` and `Array<Ref<Base>>` are different types,
// and a converted copy would break JS aliasing (a push through the Base[] view must show in the
// Derived[] one). Array literals, `new` expressions and generic parameters take their type from the
// context and are not affected. Calling context: check/runRules.ts, for every expression.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isTypedArray } from "./shared/bytes";

export const noCovariantContainers: SubsetRule = {
  code: "TSESP2000",
  name: "noCovariantContainers",
  visit(node, ctx) {
    if (!ts.isExpression(node) || !isValueFlowPosition(node)) return;
    if (ts.isArrayLiteralExpression(node) || ts.isNewExpression(node) || ts.isObjectLiteralExpression(node)) return;
    const target = ctx.checker.getContextualType(node);
    if (target === undefined) return;
    const source = ctx.checker.getTypeAtLocation(node);
    if (isTypedArray(source, ctx)) return; // Uint8Array<ArrayBuffer> vs <ArrayBufferLike>: one C++ type (shared/bytes.ts)
    const what = mismatch(source, ctx.checker.getNonNullableType(target), ctx);
    if (what === undefined) return;
    ctx.report(
      report.unsupportedSyntax(
        node,
        `using a '${ctx.checker.typeToString(source)}' as a '${what}' (a container of another element type)`,
        source.getCallSignatures().length > 0
          ? `give the function exactly the types of '${what}' (annotate its parameters and return type with them)`
          : `declare the value as a '${what}' from the start (it can still hold subclass instances)${copyHint(target, ctx)}`,
      ),
    );
  },
};

/** Function values: a container mismatch in the return type, or (reversed) in a parameter's type
 * (`() => Derived[]` as `() => Base[]`, `(xs: Base[]) => number` as `(xs: Derived[]) => number`). */
function functionMismatch(source: ts.Type, target: ts.Type, ctx: RuleContext, depth: number): string | undefined {
  const from = source.getCallSignatures();
  const to = target.getCallSignatures();
  if (from.length !== 1 || to.length !== 1) return undefined;
  const returns = mismatch(from[0].getReturnType(), to[0].getReturnType(), ctx, depth + 1);
  if (returns !== undefined) return ctx.checker.typeToString(target);
  const sourceParams = from[0].getParameters();
  const targetParams = to[0].getParameters();
  for (let i = 0; i < Math.min(sourceParams.length, targetParams.length); i++) {
    const sp = ctx.checker.getTypeOfSymbol(sourceParams[i]);
    const tp = ctx.checker.getTypeOfSymbol(targetParams[i]);
    if (mismatch(tp, sp, ctx, depth + 1) !== undefined) return ctx.checker.typeToString(target);
  }
  return undefined;
}

/** For arrays: the explicit copy to write when the two need not share elements. */
function copyHint(target: ts.Type, ctx: RuleContext): string {
  const array = ctx.checker.getNonNullableType(target);
  if (!ctx.checker.isArrayType(array)) return "";
  const element = ctx.checker.typeToString(ctx.checker.getTypeArguments(array as ts.TypeReference)[0]);
  return `, or pass a copy, \`xs.map((x): ${element} => x)\`, when the two need not share elements`;
}

/** Arguments, initializers, returns and assignment right-hand sides: where a value flows into a declared type. */
function isValueFlowPosition(node: ts.Expression): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return parent.arguments?.includes(node) ?? false;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) return parent.initializer === node && parent.type !== undefined;
  if (ts.isReturnStatement(parent)) return true;
  if (ts.isPropertyAssignment(parent)) return parent.initializer === node;
  if (ts.isBinaryExpression(parent)) return parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  if (ts.isArrowFunction(parent)) return parent.body === node;
  return false;
}

/** The target's text when source and target are the same generic container with different arguments. */
function mismatch(source: ts.Type, target: ts.Type, ctx: RuleContext, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const viaFunction = functionMismatch(source, target, ctx, depth);
  if (viaFunction !== undefined) return viaFunction;
  const s = asReference(source);
  const t = asReference(target);
  if (s === undefined || t === undefined || !sameContainer(s, t) || !isValueTypedContainer(s, ctx)) return undefined;
  const sourceArgs = ctx.checker.getTypeArguments(s);
  const targetArgs = ctx.checker.getTypeArguments(t);
  if (sourceArgs.length !== targetArgs.length) return undefined;
  const differs = sourceArgs.some((arg, i) => !sameElement(arg, targetArgs[i], ctx));
  return differs ? ctx.checker.typeToString(target) : undefined;
}

const LIBRARY_CONTAINERS = new Set(["Array", "ReadonlyArray", "Map", "ReadonlyMap", "Set", "ReadonlySet"]);

/** Library containers whose C++ type follows the element type, and the sketch's own generic types
 * (typed arrays' `Uint8Array<ArrayBufferLike>` argument has no C++ counterpart). */
function isValueTypedContainer(reference: ts.TypeReference, ctx: RuleContext): boolean {
  const symbol = reference.target.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (symbol === undefined || declaration === undefined) return false;
  if (declaration.getSourceFile().isDeclarationFile) return LIBRARY_CONTAINERS.has(symbol.name);
  return ctx.project.sourceFiles.some((file) => file.compilerNode === declaration.getSourceFile());
}

/** One generic type, or an array/Map/Set and its readonly form (both one C++ type). */
function sameContainer(a: ts.TypeReference, b: ts.TypeReference): boolean {
  if (a.target === b.target) return true;
  const name = (r: ts.TypeReference) => (r.target.getSymbol()?.name ?? "").replace(/^Readonly/, "");
  return LIBRARY_CONTAINERS.has(name(a)) && name(a) === name(b);
}

function asReference(type: ts.Type): ts.TypeReference | undefined {
  if ((type.flags & ts.TypeFlags.Object) === 0) return undefined;
  const object = type as ts.ObjectType;
  if ((object.objectFlags & ts.ObjectFlags.Reference) === 0) return undefined;
  const reference = type as ts.TypeReference;
  return reference.target === reference ? undefined : reference; // the generic declaration itself
}

function sameElement(a: ts.Type, b: ts.Type, ctx: RuleContext): boolean {
  if (a === b || hasTypeParameter(a) || hasTypeParameter(b)) return true;
  const wa = ctx.checker.getBaseTypeOfLiteralType(a);
  const wb = ctx.checker.getBaseTypeOfLiteralType(b);
  if (wa === wb) return true;
  if ((a.flags & ts.TypeFlags.Never) !== 0) return true; // `[]` typed never[] takes its context
  const ra = asReference(a);
  const rb = asReference(b);
  if (ra !== undefined && rb !== undefined && sameContainer(ra, rb)) return mismatch(a, b, ctx) === undefined;
  return false;
}

function hasTypeParameter(type: ts.Type): boolean {
  if ((type.flags & ts.TypeFlags.TypeParameter) !== 0) return true;
  if (type.isUnionOrIntersection()) return type.types.some(hasTypeParameter);
  const reference = asReference(type);
  return reference !== undefined && (reference.typeArguments ?? []).some(hasTypeParameter);
}
