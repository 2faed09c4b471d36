// { x: 1, label: "a" } typed by interface Point ->
//   [&]() -> tsesp::Ref<Point> { auto tsesp_object = tsesp::make<Point>(); tsesp_object->x = 1.0; ...; return tsesp_object; }()
// Properties are assigned in the literal's order, as JS evaluates them; optional properties left out
// stay absent (optional.h). Typed by a union, the literal creates the member it fits.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerRecordLiteral } from "../library/record";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { lowerExpression, unsupported } from "./index";

export function lowerObjectLiteralExpression(node: ts.ObjectLiteralExpression, ctx: LowerContext): CppExpr {
  const type = ctx.checker.getContextualType(node) ?? ctx.checker.getTypeAtLocation(node);
  const spelling = cppTypeOf(unionMemberOfLiteral(node, type, ctx), ctx);
  if (spelling.startsWith("tsesp::Record<")) {
    // { temp: 80 } typed Record<string, number> -> tsesp::Record<double>().with(...) (library/record.ts)
    const record = lowerRecordLiteral(node, spelling, (e) => lowerExpression(e, ctx));
    if (!record) throw unsupported(node, ctx);
    return record;
  }
  const ref = /^tsesp::Ref<(.*)>$/.exec(spelling);
  if (!ref) throw unsupported(node, ctx);
  const obj = b.name("tsesp_object");
  const body: CppStmt[] = [b.varDecl("auto", "tsesp_object", b.call(`tsesp::make<${ref[1]}>`))];
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      body.push(b.exprStmt(b.assign(b.member(obj, "->", cppName(p.name.text)), lowerExpression(p.initializer, ctx))));
    } else if (ts.isShorthandPropertyAssignment(p)) {
      body.push(b.exprStmt(b.assign(b.member(obj, "->", cppName(p.name.text)), lowerExpression(p.name, ctx))));
    } else if (ts.isSpreadAssignment(p)) {
      body.push(...lowerObjectSpread(p, node, ctx));
    } else {
      throw unsupported(p, ctx);
    }
  }
  body.push(b.ret(obj));
  return b.call(b.lambda(ctx.atModuleTop ? ["&"] : ["&"], [], spelling, body));
}

/**
 * The object type a literal creates when its contextual type is a union (`Shape | null`,
 * `Circle | Square`): the one member the literal is assignable to (its `kind` picks it); check/
 * refuses literals that fit several members.
 */
function unionMemberOfLiteral(node: ts.ObjectLiteralExpression, type: ts.Type, ctx: LowerContext): ts.Type {
  if (!type.isUnion()) return type;
  const objects = type.types.filter((t) => t.flags & ts.TypeFlags.Object);
  if (objects.length <= 1) return objects[0] ?? type;
  const literal = ctx.checker.getTypeAtLocation(node);
  return objects.find((t) => ctx.checker.isTypeAssignableTo(literal, t)) ?? objects[0];
}

// { ...defaults, port: 80 } -> const auto tsesp_spread_12 = defaults; tsesp_object->host = tsesp_spread_12->host; ...
// (the data properties the created object declares, in the source type's order; later ones override)
function lowerObjectSpread(p: ts.SpreadAssignment, literal: ts.ObjectLiteralExpression, ctx: LowerContext): CppStmt[] {
  const contextual = ctx.checker.getContextualType(literal);
  const targets = contextual?.isUnion() ? contextual.types : contextual ? [contextual] : [];
  const temp = `tsesp_spread_${p.pos}`;
  const out: CppStmt[] = [{ kind: "var", type: "auto", name: temp, init: lowerExpression(p.expression, ctx), isConst: true }];
  for (const property of ctx.checker.getTypeAtLocation(p.expression).getProperties()) {
    if (!targets.some((t) => t.getProperty(property.name))) continue;
    const name = cppName(property.name);
    out.push(b.exprStmt(b.assign(b.member(b.name("tsesp_object"), "->", name), b.member(b.name(temp), "->", name))));
  }
  return out;
}
