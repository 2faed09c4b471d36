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

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("rules survive 60 mutilated corpus files (cut, duplicated and swapped spans)", () => {
  const corpus = path.join(__dirname, "../../../test/diagnostics");
  const sources = [
    ...fs.readdirSync(corpus).filter((f) => f.endsWith(".ts")).map((f) => path.join(corpus, f)),
    ...fs.readdirSync(path.join(corpus, "accepted")).map((f) => path.join(corpus, "accepted", f)),
  ].sort();
  const next = random(2026);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-fuzz-"));
  for (let i = 0; i < 60; i++) {
    const text = fs.readFileSync(sources[Math.floor(next() * sources.length)], "utf8");
    const a = Math.floor(next() * text.length);
    const b = Math.min(text.length, a + Math.floor(next() * 40));
    const c = Math.floor(next() * text.length);
    const mutated = [
      () => text.slice(0, a) + text.slice(b), // cut
      () => text.slice(0, c) + text.slice(a, b) + text.slice(c), // duplicate elsewhere
      () => text.slice(0, a) + text.slice(b).split("").reverse().join(""), // scramble the rest
    ][i % 3]();
    const file = path.join(dir, `fuzz${i}.ts`);
    fs.writeFileSync(file, mutated);
    const loaded = loadProject(file);
    if (!loaded.ok) continue;
    const codes = runSubsetRules(loaded.project, rules).map((d) => d.code);
    expect({ i, internal: internal(codes) }).toEqual({ i, internal: [] });
  }
});
