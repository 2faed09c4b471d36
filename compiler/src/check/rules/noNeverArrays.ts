// A variable or field with no type annotation whose initializer is an empty array: `items = []` in a
// class is `never[]` to TS, `[[], 1] as const` holds an empty tuple `readonly []` -> TSESP2000.
// Neither has an element type C++ can store (Array<Never> cannot be printed or serialized); the
// annotation is the rewrite. (`const xs = []` is TS's evolving `any[]`: TSESP2002.)
// Calling context: check/runRules.ts, for every node.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { declaredTypeOf } from "./shared/types";

export const noNeverArrays: SubsetRule = {
  code: "TSESP2000",
  name: "noNeverArrays",
  visit(node, ctx) {
    if (!(ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node))) return;
    if (node.type !== undefined || node.initializer === undefined || !ts.isIdentifier(node.name)) return;
    const type = declaredTypeOf(node, ctx);
    if (type === undefined || !hasElementlessArray(type, ctx, 0)) return;
    ctx.report(
      report.unsupportedSyntax(
        node.name,
        `an empty array with no element type ('${node.name.text}' is '${ctx.checker.typeToString(type)}')`,
        `annotate the element type, e.g. \`${node.name.text}: number[] = []\``,
      ),
    );
  },
};

/** never[] or an empty tuple anywhere in the type (array elements, tuple members, type arguments). */
function hasElementlessArray(type: ts.Type, ctx: RuleContext, depth: number): boolean {
  if (depth > 8) return false;
  if (type.isUnion()) return type.types.some((t) => hasElementlessArray(t, ctx, depth + 1));
  if ((type.flags & ts.TypeFlags.Object) === 0) return false;
  if (((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) === 0) return false;
  const args = ctx.checker.getTypeArguments(type as ts.TypeReference);
  if (ctx.checker.isTupleType(type) && args.length === 0) return true;
  if (ctx.checker.isArrayType(type) && args.length === 1 && (args[0].flags & ts.TypeFlags.Never) !== 0) return true;
  return args.some((t) => hasElementlessArray(t, ctx, depth + 1));
}
