// Destructuring in declarations, parameters and for...of. The value is evaluated once into a
// temporary, then each name is declared from it in source order:
//   const [a, b = 2, ...rest] = xs  ->  const auto tsesp_destructure_40 = xs;
//                                       const double a = tsesp_destructure_40.get(0.0);
//                                       const double b = tsesp::elementOr(tsesp_destructure_40, 1.0, [&]() -> double { return 2.0; });
//                                       const tsesp::Array<double> rest = tsesp_destructure_40.slice(2.0);
//   const { x, y: top } = p         ->  const auto tsesp_destructure_52 = p; const double x = tsesp_destructure_52->x; ...
// A default applies when the element is missing or undefined (JS); an object property of a
// non-optional type is always present, so its default never applies. Nested patterns recurse.
// Module-level patterns assign the globals modules.ts declares. An object rest element becomes a new
// object of the sketch interface its type matches (check/ refuses it when there is none).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt, Origin } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerExpression, unsupported } from "../expressions/index";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";

/** Declares the names of `name` (an identifier or a pattern) from `value`. */
export function lowerBinding(name: ts.BindingName, value: CppExpr, isConst: boolean, ctx: LowerContext, origin: Origin, assignGlobals = false): CppStmt[] {
  if (ts.isIdentifier(name)) {
    // a module-level name is a global declared by modules.ts: assign it
    if (assignGlobals) return [{ ...b.exprStmt(b.assign(b.name(cppName(name.text)), value)), origin }];
    return [declareName(name, value, isConst, ctx, origin)];
  }
  const temp = `tsesp_destructure_${name.pos}`;
  const out: CppStmt[] = [{ kind: "var", type: "auto", name: temp, init: value, isConst: true, origin }];
  const source = b.name(temp);
  if (ts.isArrayBindingPattern(name)) {
    name.elements.forEach((element, i) => {
      if (ts.isOmittedExpression(element)) return;
      const index = b.numberLiteral(i);
      let item: CppExpr;
      if (element.dotDotDotToken) item = b.method(source, "slice", index);
      else if (element.initializer) item = b.call("tsesp::elementOr", source, index, fallback(element, ctx));
      else item = b.method(source, "get", index);
      out.push(...lowerBinding(element.name, item, isConst, ctx, origin, assignGlobals));
    });
    return out;
  }
  for (const element of name.elements) {
    if (element.dotDotDotToken) {
      out.push(...lowerObjectRest(element, source, isConst, ctx, origin, assignGlobals));
      continue;
    }
    const key = element.propertyName ?? element.name;
    if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) throw unsupported(element, ctx);
    out.push(...lowerBinding(element.name, b.member(source, "->", cppName(key.text)), isConst, ctx, origin, assignGlobals));
  }
  return out;
}

// const { id, ...rest } = msg -> a new object of the interface the rest's type names
// (shared/namedObjectType.ts), its properties copied from the temporary: the ones the pattern did not name
function lowerObjectRest(element: ts.BindingElement, source: CppExpr, isConst: boolean, ctx: LowerContext, origin: Origin, assignGlobals: boolean): CppStmt[] {
  const restType = ctx.checker.getTypeAtLocation(element.name);
  const spelling = cppTypeOf(restType, ctx);
  const ref = /^tsesp::Ref<(.*)>$/.exec(spelling);
  if (!ref || !ts.isIdentifier(element.name)) throw unsupported(element, ctx);
  const temp = `tsesp_rest_${element.pos}`;
  const out: CppStmt[] = [{ kind: "var", type: "auto", name: temp, init: b.call(`tsesp::make<${ref[1]}>`), origin }];
  for (const property of restType.getProperties()) {
    const field = cppName(property.name);
    out.push({ ...b.exprStmt(b.assign(b.member(b.name(temp), "->", field), b.member(source, "->", field))), origin });
  }
  return [...out, ...lowerBinding(element.name, b.name(temp), isConst, ctx, origin, assignGlobals)];
}

// [&]() -> T { return default; }, T being the declared name's type
function fallback(element: ts.BindingElement, ctx: LowerContext): CppExpr {
  const type = cppTypeOf(ctx.checker.getTypeAtLocation(element.name), ctx);
  return b.lambda(["&"], [], type, [b.ret(lowerExpression(element.initializer!, ctx))]);
}

function declareName(name: ts.Identifier, value: CppExpr, isConst: boolean, ctx: LowerContext, origin: Origin): CppStmt {
  const type = cppTypeOf(ctx.checker.getTypeAtLocation(name), ctx);
  const local = cppName(name.text);
  if (ctx.boxed.has(name.parent)) return { kind: "var", type: `tsesp::Box<${type}>`, name: local, init: value, direct: true, origin };
  // a destructured name that is never read is legal TS: keep g++ -Wunused-variable quiet
  return { kind: "var", type, name: local, init: value, isConst, maybeUnused: true, origin };
}
