// A non-entry sketch file without import/export (a script, whose top-level names TypeScript makes
// global) -> TSESP2055 at its first statement. The entry may be a script: nothing can import it.
import * as path from "node:path";
import { ts } from "ts-morph";
import { report } from "../../diagnostics/report";
import type { SubsetRule } from "../rule";

export const noScriptFiles: SubsetRule = {
  code: "TSESP2055",
  name: "noScriptFiles",
  visit(node, ctx) {
    if (!ts.isSourceFile(node) || node.isDeclarationFile || ts.isExternalModule(node)) return;
    if (path.resolve(node.fileName) === path.resolve(ctx.project.entry.getFilePath())) return;
    ctx.report(report.scriptFile(node.statements[0] ?? node, path.basename(node.fileName)));
  },
};
