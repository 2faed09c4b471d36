// a[i] -> a.get(i) (out of range: the element type's undefined value, never UB; typed arrays too);
// s[i] -> s.elementAt(i) (out of range: the undefined stand-in).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { isTypedArrayType } from "../library/bytesTypes";
import { recordValueType } from "../library/record";
import { cppTypeOf, cppTypeOfNode } from "../types";
import { isAssignmentTarget, narrowedValue } from "./Identifier";
import { lowerExpression, unsupported } from "./index";

export function lowerElementAccessExpression(node: ts.ElementAccessExpression, ctx: LowerContext): CppExpr {
  const objectType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression)); // a?.[i]: checked already
  const object = lowerExpression(node.expression, ctx);
  const index = lowerExpression(node.argumentExpression, ctx);
  if (ctx.checker.isArrayType(objectType) && !isAssignmentTarget(node)) {
    // shapes[0] after `"radius" in shapes[0]`: TS narrows a literal index, so is the C++ value (Identifier.ts)
    const element = ctx.checker.getTypeArguments(objectType as ts.TypeReference)[0];
    return narrowedValue(b.method(object, "get", index), cppTypeOf(element, ctx), cppTypeOfNode(node, ctx));
  }
  if (ctx.checker.isArrayType(objectType) || isTypedArrayType(objectType)) return b.method(object, "get", index);
  if (objectType.flags & ts.TypeFlags.StringLike) return b.method(object, "elementAt", index);
  // r[k] on a Record -> r.get(k) (missing: undefinedOf<V>()); as a target r.slot(k) (library/record.ts)
  if (recordValueType(objectType)) return b.method(object, isAssignmentTarget(node) ? "slot" : "get", index);
  throw unsupported(node, ctx);
}
