// The diagnostics corpus: each test/diagnostics/<CODE>-<slug>.ts (or project folder under
// projects/) must produce exactly its .errors.txt baseline, including the code frame; everything in
// accepted/ must produce nothing. ACCEPT=1 rewrites baselines and the generated docs pages.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject, type LoadOptions } from "../compiler/src/project/load";
import { checkProject } from "../compiler/src/check";
import { runSubsetRules } from "../compiler/src/check/runRules";
import { rules } from "../compiler/src/check/rules";
import { compileSketch } from "../compiler/src/pipeline";
import { formatDiagnostics } from "../compiler/src/diagnostics/format";
import { listMessages } from "../compiler/src/diagnostics/messages";
import { renderDiagnosticPage, renderDiagnosticsIndex, type DiagnosticExample } from "../compiler/src/diagnostics/docs";
import type { Diagnostic } from "../compiler/src/diagnostics/types";

const ROOT = path.resolve(__dirname, "..");
const CASES = path.join(ROOT, "test/diagnostics");
const PROJECTS = path.join(CASES, "projects");
const ACCEPT = process.env.ACCEPT === "1";

function diagnose(target: string, options: LoadOptions = {}): Diagnostic[] {
  const loaded = loadProject(target, options);
  return loaded.ok ? checkProject(loaded.project) : loaded.diagnostics;
}

/** Compares `actual` with the file, or writes it under ACCEPT=1. */
function expectFile(file: string, actual: string): void {
  if (ACCEPT) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== actual) fs.writeFileSync(file, actual);
    return;
  }
  expect(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `<missing ${path.relative(ROOT, file)}>`).toBe(actual);
}

const codeOf = (name: string) => name.split("-")[0];
/** The host build's include folders (runtime-cpp/CMakeLists.txt, TSESP_HOST_INCLUDES). */
const HOST_INCLUDES = ["runtime-cpp/src", "runtime-cpp/port/host", "runtime-cpp/port/host/arduino",
  "runtime-cpp/port/common/arduino",   "runtime-cpp/port/host/freertos", "runtime-cpp/port/host/esp-idf"];
const fileCases = fs.readdirSync(CASES).filter((f) => f.endsWith(".ts")).sort();
const projectCases = fs.readdirSync(PROJECTS).filter((f) => fs.statSync(path.join(PROJECTS, f)).isDirectory()).sort();
const acceptedCases = fs.readdirSync(path.join(CASES, "accepted")).filter((f) => f.endsWith(".ts")).sort();

beforeAll(() => process.chdir(ROOT)); // paths in baselines are relative to the repository root

describe("refused sketches", () => {
  test.each(fileCases)("%s", (name) => {
    const diagnostics = diagnose(path.join("test/diagnostics", name));
    expectFile(path.join(CASES, name.replace(/\.ts$/, ".errors.txt")), formatDiagnostics(diagnostics));
    expect(diagnostics.map((d) => d.code)).toContain(codeOf(name));
    expect(diagnostics.filter((d) => d.code.startsWith("TSESP9"))).toEqual([]);
  });
});

describe("refused projects", () => {
  test.each(projectCases)("%s", (name) => {
    const folder = path.join("test/diagnostics/projects", name);
    const caseFile = path.join(folder, "case.json");
    const spec = fs.existsSync(caseFile) ? (JSON.parse(fs.readFileSync(caseFile, "utf8")) as { path?: string; libDir?: string }) : {};
    const target = spec.path !== undefined ? path.join(folder, spec.path) : folder;
    const options = spec.libDir !== undefined ? { libDir: path.join(folder, spec.libDir) } : {};
    const diagnostics = diagnose(target, options);
    expectFile(path.join(PROJECTS, `${name}.errors.txt`), formatDiagnostics(diagnostics));
    expect(diagnostics.map((d) => d.code)).toContain(codeOf(name));
  });
});

describe("accepted sketches", () => {
  test.each(acceptedCases)("%s", (name) => {
    expect(formatDiagnostics(diagnose(path.join("test/diagnostics/accepted", name)))).toBe("");
  });

  // The seam between check/ and lower/: what the check accepts lowers without internal errors, to
  // C++ that compiles (syntax and types, against the host runtime headers) warning-free.
  test.each(acceptedCases)("%s lowers to C++ that compiles", (name) => {
    const result = compileSketch(path.join("test/diagnostics/accepted", name));
    expect(result.diagnostics).toEqual([]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-accepted-"));
    for (const file of result.files ?? []) {
      fs.mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
      fs.writeFileSync(path.join(out, file.path), file.contents);
    }
    const sources = (result.files ?? []).filter((f) => f.path.endsWith(".cpp"));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const flags = ["-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-DTSESP_HOST=1", `-I${out}`];
      execFileSync("g++", [...flags, ...HOST_INCLUDES.map((dir) => `-I${path.join(ROOT, dir)}`), path.join(out, source.path)], {
        stdio: "pipe",
      });
    }
  });
});

const examples = fs.existsSync(path.join(ROOT, "examples"))
  ? fs.readdirSync(path.join(ROOT, "examples")).sort().map((d) => `examples/${d}`)
    .filter((d) => fs.existsSync(path.join(ROOT, d, "src/main.ts")))
  : [];
const programs = fs.existsSync(path.join(ROOT, "test/programs"))
  ? listFiles(path.join(ROOT, "test/programs")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => `test/programs/${f}`)
  : [];

describe("the examples pass the whole check", () => {
  test.each(examples)("%s", (sketch) => {
    expect(formatDiagnostics(diagnose(sketch))).toBe("");
  });
});

// The seam with lower/: every program of the compiled corpus is inside the subset. (TypeScript's
// own verdict on them is left to their own suite, which compiles them.)
describe("the program corpus passes the subset rules", () => {
  test.each(programs.length > 0 ? programs : ["(none yet)"])("%s", (program) => {
    if (program === "(none yet)") return;
    const loaded = loadProject(program);
    if (!loaded.ok) throw new Error(formatDiagnostics(loaded.diagnostics));
    expect(formatDiagnostics(runSubsetRules(loaded.project, rules))).toBe("");
  });
});

describe("catalog", () => {
  const caseNames = [...fileCases, ...projectCases];

  test("every code has at least one test case", () => {
    const untested = listMessages().filter((m) => !caseNames.some((n) => codeOf(n) === m.code) && !UNIT_TESTED.has(m.code));
    expect(untested.map((m) => m.code)).toEqual([]);
  });

  test("no stale docs pages or baselines", () => {
    const pages = fs.readdirSync(path.join(ROOT, "docs/diagnostics")).filter((f) => f.endsWith(".md"));
    expect(pages.sort()).toEqual(listMessages().map((m) => `${m.code}.md`).sort());
    const baselines = fs.readdirSync(CASES).filter((f) => f.endsWith(".errors.txt"));
    expect(baselines.filter((f) => !fileCases.includes(f.replace(/\.errors\.txt$/, ".ts")))).toEqual([]);
    const projectBaselines = fs.readdirSync(PROJECTS).filter((f) => f.endsWith(".errors.txt"));
    expect(projectBaselines.filter((f) => !projectCases.includes(f.replace(/\.errors\.txt$/, "")))).toEqual([]);
  });

  test("codes and slugs are unique", () => {
    const codes = listMessages().map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("docs/diagnostics.md lists every code and each code has its page", () => {
    const entries = listMessages();
    expectFile(path.join(ROOT, "docs/diagnostics.md"), renderDiagnosticsIndex(entries));
    for (const entry of entries) {
      const examples = caseNames.filter((n) => codeOf(n) === entry.code).map(exampleFor);
      expectFile(path.join(ROOT, "docs/diagnostics", `${entry.code}.md`), renderDiagnosticPage(entry, examples));
    }
  });
});

/** Internal errors have no sketch that triggers them on purpose: TSESP9000-9099 are lower/'s
 * InternalCompilerError codes; TSESP9900 and 9901 are unit-tested in compiler/src/check/. */
const UNIT_TESTED = new Set(["TSESP9000", "TSESP9001", "TSESP9002", "TSESP9003", "TSESP9900", "TSESP9901"]);

function exampleFor(name: string): DiagnosticExample {
  if (name.endsWith(".ts")) {
    return {
      name,
      source: fs.readFileSync(path.join(CASES, name), "utf8"),
      output: fs.readFileSync(path.join(CASES, name.replace(/\.ts$/, ".errors.txt")), "utf8"),
    };
  }
  const folder = path.join(PROJECTS, name);
  const files = listFiles(folder).map((f) => `// ${f}\n${fs.readFileSync(path.join(folder, f), "utf8").trimEnd()}`);
  return { name: `projects/${name}/`, source: files.join("\n\n"), output: fs.readFileSync(`${folder}.errors.txt`, "utf8") };
}

function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir).sort().flatMap((f) => {
    const full = path.join(dir, f);
    return fs.statSync(full).isDirectory() ? listFiles(full, `${prefix}${f}/`) : [`${prefix}${f}`];
  });
}
