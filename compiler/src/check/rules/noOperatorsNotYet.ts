// `k in o` -> TSESP2043, except `"radius" in shape` on a union of object types where no member
// declares the property optional (it narrows the union: lower/expressions/BinaryExpression.ts).
// On one object type the property is always there (fixed shapes). `**`, `**=`, `??=`, `||=` and
// `&&=` are compiled.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isOptionalSymbol, withoutUndefined } from "./shared/types";
import { isRecordExpression } from "./shared/record";

const FIXED_SHAPE = "objects have a fixed shape: the property is always there; `in` narrows unions of object types";

export const noOperatorsNotYet: SubsetRule = {
  code: "TSESP2043",
  name: "noOperatorsNotYet",
  visit(node, ctx) {
    if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.InKeyword) return;
    if (isUnionMemberTest(node, ctx.checker)) return;
    if (isRecordExpression(node.right, ctx)) return; // k in r on a Record<string, V> (shared/record.ts)
    const hint = ts.isStringLiteral(node.left) && declaresOptional(node.right, node.left.text, ctx.checker)
      ? `a member declares '${node.left.text}' optional: test \`x.${node.left.text} !== undefined\` or switch on a literal \`kind\``
      : FIXED_SHAPE;
    ctx.report(report.operatorNotYet(node.operatorToken, "in", hint));
  },
};

/** `"key" in u` where u is a union of object types none of which has an optional `key`. */
function isUnionMemberTest(node: ts.BinaryExpression, checker: ts.TypeChecker): boolean {
  if (!ts.isStringLiteral(node.left)) return false;
  const members = withoutUndefined(checker.getTypeAtLocation(node.right));
  if (members.length < 2 || !members.every((m) => m.flags & ts.TypeFlags.Object && !checker.isArrayType(m))) return false;
  const key = node.left.text;
  return members.every((m) => {
    const p = m.getProperty(key);
    return p === undefined || !isOptionalSymbol(p);
  });
}

function declaresOptional(object: ts.Expression, key: string, checker: ts.TypeChecker): boolean {
  return withoutUndefined(checker.getTypeAtLocation(object)).some((m) => {
    const p = m.getProperty(key);
    return p !== undefined && isOptionalSymbol(p);
  });
}
