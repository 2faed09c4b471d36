// `a${x}b` -> tsesp::concat({tsesp::String("a"), tsesp::toString(x), tsesp::String("b")})
import { ts } from "ts-morph";
import * as b from "../../cpp/builders";
import type { CppExpr } from "../../cpp/nodes";
import type { LowerContext } from "../context";
import { lowerToStringPart } from "./index";

export function lowerTemplateExpression(node: ts.TemplateExpression, ctx: LowerContext): CppExpr {
  const parts: CppExpr[] = [];
  if (node.head.text) parts.push(b.tsString(node.head.text));
  for (const span of node.templateSpans) {
    parts.push(lowerToStringPart(span.expression, ctx));
    if (span.literal.text) parts.push(b.tsString(span.literal.text));
  }
  return b.call("tsesp::concat", b.list(parts));
}
