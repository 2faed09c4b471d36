// Statement lowering: one visitor per ts.SyntaxKind, dispatched here.
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppStmt } from "../../cpp/nodes";
import { originOf, withNestedBlock, type LowerContext } from "../context";
import { lowerCondition, lowerExpression, unsupported } from "../expressions/index";
import { lowerForOfStatement } from "./ForOfStatement";
import { lowerForStatement } from "./ForStatement";
import { lowerNestedFunctionDeclaration } from "./FunctionDeclaration";
import { lowerLabeledJump, lowerLabeledStatement, withContinueTarget } from "./LabeledStatement";
import { lowerSwitchStatement } from "./SwitchStatement";
import { lowerThrowStatement } from "./ThrowStatement";
import { lowerEscapingJump, lowerTryStatement } from "./TryStatement";
import { lowerVariableStatement } from "./VariableStatement";

/**
 * Statements in order. A nested function declaration becomes a closure variable where it stands, so
 * it can capture the variables declared before it (calling it above its declaration is not supported).
 */
export function lowerStatements(statements: readonly ts.Statement[], ctx: LowerContext): CppStmt[] {
  return statements.flatMap((s) => lowerStatement(s, ctx));
}

/** A nested statement as a list (a block's statements, or the single statement). */
export function lowerBody(statement: ts.Statement, ctx: LowerContext): CppStmt[] {
  const inner = withNestedBlock(ctx);
  return ts.isBlock(statement) ? lowerStatements(statement.statements, inner) : lowerStatement(statement, inner);
}

export function lowerStatement(node: ts.Statement, ctx: LowerContext): CppStmt[] {
  const origin = originOf(node, ctx);
  const at = (s: CppStmt): CppStmt[] => [{ ...s, origin }];
  if (ts.isReturnStatement(node) || ts.isBreakStatement(node) || ts.isContinueStatement(node)) {
    // leaving a try/catch block with a finally: through the finally block (TryStatement.ts)
    const routed = lowerEscapingJump(node, ctx);
    if (routed) return routed;
  }
  switch (node.kind) {
    case ts.SyntaxKind.ThrowStatement:
      return lowerThrowStatement(node as ts.ThrowStatement, ctx);
    case ts.SyntaxKind.TryStatement:
      return lowerTryStatement(node as ts.TryStatement, ctx);
    case ts.SyntaxKind.ExpressionStatement:
      return at(b.exprStmt(lowerExpression((node as ts.ExpressionStatement).expression, ctx)));
    case ts.SyntaxKind.VariableStatement:
      return lowerVariableStatement(node as ts.VariableStatement, ctx);
    case ts.SyntaxKind.Block:
      return at(b.block(lowerStatements((node as ts.Block).statements, withNestedBlock(ctx))));
    case ts.SyntaxKind.IfStatement: {
      const s = node as ts.IfStatement;
      return at({
        kind: "if",
        test: lowerCondition(s.expression, ctx),
        then: lowerBody(s.thenStatement, ctx),
        else: s.elseStatement ? lowerBody(s.elseStatement, ctx) : undefined,
      });
    }
    case ts.SyntaxKind.WhileStatement: {
      const s = node as ts.WhileStatement;
      const body = withContinueTarget(s, lowerBody(s.statement, { ...ctx, continueLabel: undefined }), ctx);
      return at({ kind: "while", test: lowerCondition(s.expression, ctx), body });
    }
    case ts.SyntaxKind.DoStatement: {
      const s = node as ts.DoStatement;
      const body = withContinueTarget(s, lowerBody(s.statement, { ...ctx, continueLabel: undefined }), ctx);
      return at({ kind: "doWhile", body, test: lowerCondition(s.expression, ctx) });
    }
    case ts.SyntaxKind.ForStatement:
      return lowerForStatement(node as ts.ForStatement, ctx);
    case ts.SyntaxKind.ForOfStatement:
      return lowerForOfStatement(node as ts.ForOfStatement, ctx);
    case ts.SyntaxKind.SwitchStatement:
      return lowerSwitchStatement(node as ts.SwitchStatement, ctx);
    case ts.SyntaxKind.ReturnStatement: {
      const s = node as ts.ReturnStatement;
      return at(b.ret(s.expression ? lowerExpression(s.expression, ctx) : undefined));
    }
    case ts.SyntaxKind.LabeledStatement:
      return lowerLabeledStatement(node as ts.LabeledStatement, ctx);
    case ts.SyntaxKind.BreakStatement:
      // break outer -> goto past the labeled loop
      if ((node as ts.BreakStatement).label) return at(lowerLabeledJump(node as ts.BreakStatement, ctx));
      return at({ kind: "break" });
    case ts.SyntaxKind.ContinueStatement:
      if ((node as ts.ContinueStatement).label) return at(lowerLabeledJump(node as ts.ContinueStatement, ctx));
      // continue in a loop with per-iteration boxes -> goto its copy-back step
      return at(ctx.continueLabel ? { kind: "goto", label: ctx.continueLabel } : { kind: "continue" });
    case ts.SyntaxKind.EmptyStatement:
      return [];
    case ts.SyntaxKind.FunctionDeclaration:
      return lowerNestedFunctionDeclaration(node as ts.FunctionDeclaration, ctx);
    default:
      throw unsupported(node, ctx);
  }
}
