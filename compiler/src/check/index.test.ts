import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject } from "../project/load";
import { checkProject } from "./index";

function load(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-check-"));
  fs.writeFileSync(path.join(dir, "main.ts"), text);
  const loaded = loadProject(path.join(dir, "main.ts"));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.project;
}

test("TypeScript errors stop the check before the subset rules", () => {
  const codes = checkProject(load('var x: number = "a";\n')).map((d) => d.code);
  expect(codes).toEqual(["TS2322"]);
});

test("subset rules run on a well-typed sketch", () => {
  expect(checkProject(load("var x: number = 1;\nconsole.log(x);\n")).map((d) => d.code)).toEqual(["TSESP2011"]);
});

test("a crash while checking becomes one TSESP9900 diagnostic", () => {
  const project = load("console.log(1);\n");
  const broken = { ...project, project: { getProgram: () => { throw new Error("boom"); } } } as unknown as typeof project;
  expect(checkProject(broken)).toEqual([
    expect.objectContaining({ code: "TSESP9900", message: "internal compiler error while checking the sketch: boom" }),
  ]);
});

test("an entry path that is a folder counts as a missing entry", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-check-"));
  fs.mkdirSync(path.join(dir, "src"));
  fs.mkdirSync(path.join(dir, "src", "main.ts")); // a folder where the entry file should be
  const loaded = loadProject(dir);
  expect(loaded.ok).toBe(false);
  if (!loaded.ok) expect(loaded.diagnostics.map((d) => d.code)).toEqual(["TSESP1002"]);
});
