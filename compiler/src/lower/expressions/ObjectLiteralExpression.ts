// { x: 1, label: "a" } typed by interface Point ->
//   [&]() -> tsesp::Ref<Point> { auto tsesp_object = tsesp::make<Point>(); tsesp_object->x = 1.0; ...; return tsesp_object; }()
// Properties are assigned in the literal's order, as JS evaluates them.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { lowerExpression, unsupported } from "./index";

export function lowerObjectLiteralExpression(node: ts.ObjectLiteralExpression, ctx: LowerContext): CppExpr {
  const type = ctx.checker.getContextualType(node) ?? ctx.checker.getTypeAtLocation(node);
  const nonOptional = type.isUnion() ? type.types.find((t) => !(t.flags & ts.TypeFlags.Undefined)) ?? type : type;
  const spelling = cppTypeOf(nonOptional, ctx);
  const ref = /^tsesp::Ref<(.*)>$/.exec(spelling);
  if (!ref) throw unsupported(node, ctx);
  const obj = b.name("tsesp_object");
  const body: CppStmt[] = [b.varDecl("auto", "tsesp_object", b.call(`tsesp::make<${ref[1]}>`))];
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      body.push(b.exprStmt(b.assign(b.member(obj, "->", cppName(p.name.text)), lowerExpression(p.initializer, ctx))));
    } else if (ts.isShorthandPropertyAssignment(p)) {
      body.push(b.exprStmt(b.assign(b.member(obj, "->", cppName(p.name.text)), lowerExpression(p.name, ctx))));
    } else {
      throw unsupported(p, ctx);
    }
  }
  body.push(b.ret(obj));
  return b.call(b.lambda(ctx.atModuleTop ? ["&"] : ["&"], [], spelling, body));
}
