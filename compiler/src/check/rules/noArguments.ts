// `arguments[0]` -> refused; name the parameters.
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";
import { isGlobalReference } from "./shared/nodes";

export const noArguments: SubsetRule = {
  code: "TSESP2007",
  name: "noArguments",
  visit(node, ctx) {
    if (ts.isIdentifier(node) && node.text === "arguments" && isGlobalReference(node, ctx)) {
      ctx.report(report.argumentsObject(node));
    }
  },
};
