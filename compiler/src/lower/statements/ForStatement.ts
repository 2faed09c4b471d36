// for (init; test; update) body. Plain loops map one to one. When a closure captures a loop `let`
// that the loop reassigns, each iteration gets a fresh Box (JS's per-iteration binding):
//   { double i_next = 0.0; bool tsesp_first = true;
//     for (;;) { tsesp::Box<double> i(i_next); if (!tsesp_first) { update } tsesp_first = false;
//                if (!(test)) break; { body } tsesp_continue_L: i_next = *i; } }
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr, CppStmt } from "../../cpp/nodes";
import { originOf, withLoop, withNestedBlock, type LowerContext } from "../context";
import { lowerCondition, lowerExpression } from "../expressions/index";
import { cppName } from "../shared/names";
import { cppTypeOf } from "../types";
import { lowerBody } from "./index";
import { labelsOfLoop, withContinueTarget } from "./LabeledStatement";
import { lowerVariableDeclaration } from "./VariableStatement";
import { declaredCppType } from "../shared/fixedWidth";

export function lowerForStatement(node: ts.ForStatement, ctx: LowerContext): CppStmt[] {
  const inner = withNestedBlock(ctx);
  const origin = originOf(node, ctx);
  const init = node.initializer;
  const decls = init && ts.isVariableDeclarationList(init) ? [...init.declarations] : [];
  if (decls.some((d) => inner.boxed.has(d))) return lowerPerIterationFor(node, decls, inner);
  const test = node.condition ? lowerCondition(node.condition, inner) : undefined;
  const update = node.incrementor ? lowerUpdate(node.incrementor, inner) : undefined;
  const body = withContinueTarget(node, lowerBody(node.statement, withLoop(inner, undefined)), ctx);
  if (init && !ts.isVariableDeclarationList(init)) {
    return [{ kind: "for", init: b.exprStmt(lowerExpression(init, inner)), test, update, body, origin }];
  }
  const declared = decls.flatMap((d) => lowerVariableDeclaration(d, inner));
  if (declared.length === 1) return [{ kind: "for", init: declared[0], test, update, body, origin }];
  return [{ ...b.block([...declared, { kind: "for", test, update, body, origin }]), origin }];
}

function lowerPerIterationFor(node: ts.ForStatement, decls: ts.VariableDeclaration[], ctx: LowerContext): CppStmt[] {
  const origin = originOf(node, ctx);
  const line = origin.line;
  // a labeled loop's `continue label` shares the copy-back label
  const label = labelsOfLoop(node, ctx)?.continueLabel ?? `tsesp_continue_${line}`;
  const outer: CppStmt[] = [];
  const fresh: CppStmt[] = [];
  const copyBack: CppStmt[] = [];
  for (const d of decls) {
    const name = cppName((d.name as ts.Identifier).text);
    const type = declaredCppType(d, cppTypeOf(ctx.checker.getTypeAtLocation(d.name), ctx), ctx);
    const init = d.initializer ? lowerExpression(d.initializer, ctx) : b.call(`tsesp::undefinedOf<${type}>`);
    outer.push(b.varDecl(type, `${name}_next`, init));
    if (ctx.boxed.has(d)) {
      fresh.push({ kind: "var", type: `tsesp::Box<${type}>`, name, init: b.name(`${name}_next`), direct: true });
      copyBack.push(b.exprStmt(b.assign(b.name(`${name}_next`), b.unary("*", b.name(name)))));
    } else {
      fresh.push(b.varDecl(type, name, b.name(`${name}_next`)));
      copyBack.push(b.exprStmt(b.assign(b.name(`${name}_next`), b.name(name))));
    }
  }
  outer.push(b.varDecl("bool", "tsesp_first", b.name("true")));
  const loopBody: CppStmt[] = [...fresh];
  if (node.incrementor) {
    loopBody.push({ kind: "if", test: b.unary("!", b.name("tsesp_first")), then: [b.exprStmt(lowerUpdate(node.incrementor, ctx))] });
  }
  loopBody.push(b.exprStmt(b.assign(b.name("tsesp_first"), b.name("false"))));
  if (node.condition) loopBody.push({ kind: "if", test: b.unary("!", lowerCondition(node.condition, ctx)), then: [{ kind: "break" }] });
  const body = lowerBody(node.statement, withLoop(ctx, label));
  loopBody.push(b.block(body));
  if (containsGoto(body, label)) loopBody.push({ kind: "label", label });
  loopBody.push(...copyBack);
  return [{ ...b.block([...outer, { kind: "for", body: loopBody, origin }]), origin }];
}

/** The update clause; `i++, j--` (check/ admits commas only there) keeps its C++ comma, which
 *  sequences the operands left to right as JS does. */
function lowerUpdate(update: ts.Expression, ctx: LowerContext): CppExpr {
  if (ts.isBinaryExpression(update) && update.operatorToken.kind === ts.SyntaxKind.CommaToken) {
    return b.binary(",", lowerUpdate(update.left, ctx), lowerUpdate(update.right, ctx));
  }
  return lowerExpression(update, ctx);
}

export function containsGoto(statements: CppStmt[], label: string): boolean {
  return statements.some((s) => {
    switch (s.kind) {
      case "goto":
        return s.label === label;
      case "if":
        return containsGoto(s.then, label) || containsGoto(s.else ?? [], label);
      case "block":
      case "while":
      case "doWhile":
      case "for":
        return containsGoto(s.body, label);
      case "switch":
        return s.cases.some((c) => containsGoto(c.body, label));
      default:
        return false;
    }
  });
}
