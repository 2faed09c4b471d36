// `C.prototype`, `o.__proto__`, `o.constructor` -> TSESP2009 (Object.setPrototypeOf & co. are
// refused with the whole `Object` global by noUnsupportedGlobals).
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

const PROTOTYPE_NAMES = new Set(["prototype", "__proto__", "constructor"]);

export const noPrototype: SubsetRule = {
  code: "TSESP2009",
  name: "noPrototype",
  visit(node, ctx) {
    if (ts.isPropertyAccessExpression(node) && PROTOTYPE_NAMES.has(node.name.text)) {
      ctx.report(report.prototypeAccess(node.name, node.name.text));
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) &&
      PROTOTYPE_NAMES.has(node.argumentExpression.text)) {
      ctx.report(report.prototypeAccess(node.argumentExpression, node.argumentExpression.text));
    }
  },
};
