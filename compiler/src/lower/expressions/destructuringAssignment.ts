// Destructuring assignments: the value is evaluated once into a temporary, then each target is
// assigned from it in source order (JS order), inside an immediately called lambda:
//   [a, b] = [b, a]       ->  [&]() { const auto tsesp_destructure_7 = tsesp::Array<double>{b, a};
//                                      a = tsesp_destructure_7.get(0.0); b = tsesp_destructure_7.get(1.0); }()
//   ({ x, y: top } = p)   ->  ... x = tsesp_destructure_9->x; top = tsesp_destructure_9->y; ...
//   [first = 0, ...rest] = xs, nested patterns, targets that are fields (this.x) or slots (buf[i]).
// Used as a value (rare), the lambda returns the temporary (JS: the right side). check/ refuses object
// rest elements, defaults in object patterns and heterogeneous tuples (noDestructuring.ts).
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { cppName } from "../shared/names";
import { cppTypeOfNode } from "../types";
import { lowerTarget } from "./assignment";
import { lowerExpression, unsupported } from "./index";

export function lowerDestructuringAssignment(node: ts.BinaryExpression, ctx: LowerContext): CppExpr {
  const temp = `tsesp_destructure_${node.pos}`;
  const body: CppStmt[] = [b.varDecl("auto", temp, lowerExpression(node.right, ctx), true)];
  body.push(...assignPattern(node.left as ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, b.name(temp), ctx));
  const isStatement = ts.isExpressionStatement(node.parent) || (ts.isForStatement(node.parent) && node.parent.incrementor === node);
  if (isStatement) return b.call(b.lambda(["&"], [], "void", body));
  return b.call(b.lambda(["&"], [], cppTypeOfNode(node.right, ctx), [...body, b.ret(b.name(temp))]));
}

function assignPattern(pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, source: CppExpr, ctx: LowerContext): CppStmt[] {
  const out: CppStmt[] = [];
  if (ts.isArrayLiteralExpression(pattern)) {
    pattern.elements.forEach((element, i) => {
      const index = b.numberLiteral(i);
      if (ts.isOmittedExpression(element)) return;
      if (ts.isSpreadElement(element)) out.push(...assignTo(element.expression, b.method(source, "slice", index), ctx));
      else if (ts.isBinaryExpression(element) && element.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        // [a = 1] = xs: the default when the element is missing or undefined
        const fallback = b.lambda(["&"], [], cppTypeOfNode(element.left, ctx), [b.ret(lowerExpression(element.right, ctx))]);
        out.push(...assignTo(element.left, b.call("tsesp::elementOr", source, index, fallback), ctx));
      } else out.push(...assignTo(element, b.method(source, "get", index), ctx));
    });
    return out;
  }
  for (const p of pattern.properties) {
    if (ts.isShorthandPropertyAssignment(p) && !p.objectAssignmentInitializer) {
      out.push(...assignTo(p.name, b.member(source, "->", cppName(p.name.text)), ctx));
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      out.push(...assignTo(p.initializer, b.member(source, "->", cppName(p.name.text)), ctx));
    } else {
      throw unsupported(p, ctx);
    }
  }
  return out;
}

/** target = value, or a nested pattern destructured from value (its own temporary). */
function assignTo(target: ts.Expression, value: CppExpr, ctx: LowerContext): CppStmt[] {
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    const temp = `tsesp_destructure_${target.pos}`;
    return [b.varDecl("auto", temp, value, true), ...assignPattern(target, b.name(temp), ctx)];
  }
  return [b.exprStmt(b.assign(lowerTarget(target, ctx), value))];
}
