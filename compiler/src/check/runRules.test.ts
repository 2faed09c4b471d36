import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject } from "../project/load";
import { report } from "../diagnostics/report";
import { displayPath } from "../diagnostics/location";
import { runSubsetRules } from "./runRules";
import type { SubsetRule } from "./rule";
import { ts } from "ts-morph";

function loadSource(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-rules-"));
  const file = path.join(dir, "main.ts");
  fs.writeFileSync(file, text);
  const loaded = loadProject(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return { project: loaded.project, file };
}

test("a rule that throws becomes TSESP9901 at the node it was visiting, and the walk goes on", () => {
  const { project, file } = loadSource("let a = 1;\nconsole.log(a);\n");
  const crashing: SubsetRule = {
    code: "TSESP2999",
    name: "crashing",
    visit(node) {
      if (ts.isNumericLiteral(node)) throw new Error("boom");
    },
  };
  const diagnostics = runSubsetRules(project, [crashing]);
  expect(diagnostics).toEqual([
    expect.objectContaining({ code: "TSESP9901", file: displayPath(file), line: 1, column: 9, length: 1 }),
  ]);
  expect(diagnostics[0].message).toBe("internal error in the subset check 'crashing': boom");
});

test("diagnostics are deduplicated and sorted by place", () => {
  const { project } = loadSource("let a = 1;\nlet b = 2;\n");
  const everyIdentifierTwice: SubsetRule = {
    code: "TSESP2999",
    name: "twice",
    visit(node, ctx) {
      if (ts.isIdentifier(node)) {
        ctx.report(report.varDeclaration(node));
        ctx.report(report.varDeclaration(node));
      }
    },
  };
  const lines = runSubsetRules(project, [everyIdentifierTwice]).map((d) => `${d.line}:${d.column}`);
  expect(lines).toEqual(["1:5", "2:5"]);
});

