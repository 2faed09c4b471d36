// `const p = { x: 1 }`, `f({ x: 1 })` with no interface in sight, `({ x: 1 }) as Point` ->
// TSESP2033. Accepted: object literals whose contextual type is an interface of the sketch
// (`const p: Point = { x: 1 }`, `points.push({ x: 1 })`, `return { x: 1 }` from `(): Point`).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { RuleContext, SubsetRule } from "../rule";
import { isArrayFromLengthSource } from "./shared/arrayFrom";
import { isTextDecoderOptions } from "./shared/bytes";
import { isAcceptedConstAssertion } from "./noTypeAssertions";
import { withoutUndefined } from "./shared/types";
import { hasPlainProperties, isRecordType } from "./shared/record";

/** `type Point = { x: number }`: a struct like an interface's (lower/classes.ts). */
const isObjectTypeAlias = (d: ts.Declaration): boolean => ts.isTypeLiteralNode(d) && ts.isTypeAliasDeclaration(d.parent);

export const noUntypedObjectLiterals: SubsetRule = {
  code: "TSESP2033",
  name: "noUntypedObjectLiterals",
  visit(node, ctx) {
    if (!ts.isObjectLiteralExpression(node)) return;
    if (ts.isBinaryExpression(node.parent) && node.parent.left === node) return; // destructuring, refused elsewhere
    if (isTextDecoderOptions(node, ctx)) return; // new TextDecoder("utf-8", { fatal: true }) (shared/bytes.ts)
    if (isArrayFromLengthSource(node, ctx)) return; // Array.from({ length: n }, (_, i) => i) (shared/arrayFrom.ts)
    if (ts.isAsExpression(node.parent) && isAcceptedConstAssertion(node.parent)) return; // const CONFIG = {...} as const
    const contextual = ctx.checker.getContextualType(node);
    if (contextual !== undefined && isRecordType(contextual, ctx)) {
      // { temp: 80, hum: 95 } typed Record<string, number> (shared/record.ts)
      if (!hasPlainProperties(node)) {
        ctx.report(report.unsupportedBuiltin(node, "spread, methods or accessors in a Record literal", "write each entry as `key: value`, then set more with `r[k] = v`"));
      }
      return;
    }
    if (contextual === undefined || !isSketchInterface(contextual, node, ctx)) ctx.report(report.untypedObjectLiteral(node));
  },
};

/** The type (ignoring `| undefined | null`) is one interface declared in the sketch's own files; for
 * a union of interfaces (`Circle | Square`), the members the literal fits (noUnions refuses several). */
function isSketchInterface(type: ts.Type, node: ts.ObjectLiteralExpression, ctx: RuleContext): boolean {
  let members = withoutUndefined(type);
  if (members.length > 1) {
    const literal = ctx.checker.getTypeAtLocation(node);
    members = members.filter((m) => m.flags & ts.TypeFlags.Object && ctx.checker.isTypeAssignableTo(literal, m));
  }
  if (members.length < 1) return false;
  return members.every((m) => isSketchInterfaceType(m, ctx));
}

function isSketchInterfaceType(type: ts.Type, ctx: RuleContext): boolean {
  const declarations = type.getSymbol()?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((d) => (ts.isInterfaceDeclaration(d) || isObjectTypeAlias(d)) && !ctx.isEsLibDeclaration(d) && !ctx.isTsEspLibDeclaration(d))
  );
}
