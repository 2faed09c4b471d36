// The subset rules must never crash, whatever the input: run them over code far outside the subset
// (ts-esp's own compiler sources, syntax errors) and expect refusals, never TSESP99xx.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject } from "../project/load";
import { runSubsetRules } from "./runRules";
import { rules } from "./rules";

const internal = (codes: string[]) => codes.filter((c) => c.startsWith("TSESP99"));

test("rules survive ts-esp's own compiler sources (generics, Node APIs, type tricks)", () => {
  const loaded = loadProject(path.join(__dirname, "index.ts"));
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.project.sourceFiles.length).toBeGreaterThan(20);
  const codes = runSubsetRules(loaded.project, rules).map((d) => d.code);
  expect(codes.length).toBeGreaterThan(50);
  expect(internal(codes)).toEqual([]);
});

test("rules survive syntax errors and half-written code", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-robust-"));
  const file = path.join(dir, "main.ts");
  fs.writeFileSync(
    file,
    [
      "class { x = ; }",
      "function (a, b { return a +",
      "let = 3; const [a, ...] = ;",
      "enum { A = , B = 'x' }",
      "for (const of ) {}",
      "x?.[;",
      "@ class C<T extends> {}",
      "interface I { [k]: ; get x(): }",
      "import from ;",
      "`${`${}`",
      "label: label2: while (",
    ].join("\n"),
  );
  const loaded = loadProject(file);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(internal(runSubsetRules(loaded.project, rules).map((d) => d.code))).toEqual([]);
});
