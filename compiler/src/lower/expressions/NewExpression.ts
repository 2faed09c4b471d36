// new Point(1, 2) -> tsesp::make<Point>(1.0, 2.0)
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerNetNew } from "../library/net";
import { inOrder } from "../shared/order";
import { qualifiedDeclName } from "../types";
import { argumentSources, lowerArguments } from "./CallExpression";
import { resolveSymbol } from "./Identifier";
import { unsupported } from "./index";

export function lowerNewExpression(node: ts.NewExpression, ctx: LowerContext): CppExpr {
  const net = lowerNetNew(node, ctx); // new AsyncServer(7) (library/net.ts)
  if (net) return net;
  const decl = resolveSymbol(node.expression, ctx)?.declarations?.[0];
  if (!decl || !ts.isClassDeclaration(decl)) throw unsupported(node, ctx);
  const signature = ctx.checker.getResolvedSignature(node);
  const args = node.arguments ?? [];
  return inOrder(argumentSources(args, signature), lowerArguments(args, signature, ctx), (a) => b.call(`tsesp::make<${qualifiedDeclName(decl, ctx)}>`, ...a));
}
