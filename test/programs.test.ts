// The differential program corpus (DESIGN decision 8): every test/programs/<area>/<name>.ts (or
// <area>/<name>/main.ts for a multi-file sketch) runs under Node (the oracle: `ts-esp run --node`'s
// implementation) and natively, plain and under ASan+UBSan; stdout must match byte for byte and the
// exit status must be equal. Native builds share the cached runtime library and object cache and
// run two at a time. A C++ snapshot `<name>.cpp.expected` is compared when present (npm run accept).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as esbuild from "esbuild";
import { compileSketch } from "../compiler/src/pipeline";
import { buildNative, type SanitizerVariant } from "../compiler/src/native";
import { mapLimited } from "../compiler/src/native/mapLimited";

const ROOT = path.resolve(__dirname, "..");
const PROGRAMS = path.join(__dirname, "programs");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-programs-"));
const LIB_DIR = path.join(ROOT, "compiler", "lib");

interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

function listPrograms(): { name: string; entry: string }[] {
  const out: { name: string; entry: string }[] = [];
  for (const area of fs.readdirSync(PROGRAMS).sort()) {
    const areaDir = path.join(PROGRAMS, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    for (const item of fs.readdirSync(areaDir).sort()) {
      const full = path.join(areaDir, item);
      if (fs.statSync(full).isDirectory() && fs.existsSync(path.join(full, "main.ts"))) out.push({ name: `${area}/${item}`, entry: path.join(full, "main.ts") });
      else if (item.endsWith(".ts")) out.push({ name: `${area}/${item.replace(/\.ts$/, "")}`, entry: full });
    }
  }
  return out;
}

const programs = listPrograms();
const ONLY = process.env.TSESP_PROGRAMS; // optional substring filter while developing

function run(command: string, args: string[]): RunResult {
  const env = { ...process.env, TSESP_PIN_TRACE: "", NODE_PATH: path.join(ROOT, "node_modules") };
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 60000, env });
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status };
}

let nodeRunner = "";
function buildNodeRunner(): string {
  const runner = path.join(WORK, "node-runner.js");
  const entry = path.join(WORK, "node-runner.ts");
  fs.writeFileSync(
    entry,
    `import { bundleSketch } from ${JSON.stringify(path.join(ROOT, "compiler/src/node/bundle"))};
import { startSketch } from ${JSON.stringify(path.join(ROOT, "compiler/src/node/run"))};
const file = process.argv[2];
bundleSketch(file).then((b) => {
  if (!b.ok) { process.stderr.write(b.errors.join("\\n")); process.exit(2); }
  startSketch(b.code, file);
});
`,
  );
  esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: "node", outfile: runner, external: ["esbuild"], logLevel: "warning" });
  return runner;
}

type NativeOutcome = { ok: true; run: RunResult } | { ok: false; error: string };

async function buildAndRun(program: { name: string; entry: string }, variant: SanitizerVariant): Promise<NativeOutcome> {
  const dir = path.join(WORK, program.name.replace(/\//g, "__"));
  const generatedDir = path.join(dir, "src");
  if (!fs.existsSync(generatedDir)) {
    let compiled;
    try {
      compiled = compileSketch(program.entry, { libDir: LIB_DIR });
    } catch (error) {
      return { ok: false, error: `compiler crashed: ${(error as Error).stack}` };
    }
    if (!compiled.files) return { ok: false, error: compiled.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join("\n") };
    for (const f of compiled.files) {
      fs.mkdirSync(path.dirname(path.join(generatedDir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(generatedDir, f.path), f.contents);
    }
    snapshots.set(program.name, compiled.files.map((f) => `// ==== ${f.path} ====\n${f.contents}`).join("\n"));
  }
  const built = await buildNative({ generatedDir, variant, output: path.join(dir, `sketch-${variant}`), jobs: 1 });
  if (!built.ok) return { ok: false, error: built.error };
  return { ok: true, run: run(built.executable, []) };
}

const selected = programs.filter((p) => !ONLY || p.name.includes(ONLY));
const oracle = new Map<string, RunResult>();
const plain = new Map<string, NativeOutcome>();
const sanitized = new Map<string, NativeOutcome>();
const snapshots = new Map<string, string>();

function snapshotPath(entry: string): string {
  return path.basename(entry) === "main.ts" ? path.join(path.dirname(entry), "main.cpp.expected") : entry.replace(/\.ts$/, ".cpp.expected");
}

beforeAll(async () => {
  nodeRunner = buildNodeRunner();
  for (const p of selected) oracle.set(p.name, run(process.execPath, [nodeRunner, p.entry]));
  const outcomes = await mapLimited(selected, 2, (p) => buildAndRun(p, "none"));
  selected.forEach((p, i) => plain.set(p.name, outcomes[i]));
  const asan = await mapLimited(selected, 2, (p) => buildAndRun(p, "address"));
  selected.forEach((p, i) => sanitized.set(p.name, asan[i]));
}, 30 * 60 * 1000); // the first run builds runtime-cpp twice (plain and ASan); later runs hit the cache

afterAll(() => {
  if (!process.env.TSESP_KEEP) fs.rmSync(WORK, { recursive: true, force: true });
});

test("the corpus has at least 40 programs", () => {
  expect(programs.length).toBeGreaterThanOrEqual(40);
});

describe.each(selected.map((p) => [p.name, p] as const))("%s", (name, program) => {
  const expected = snapshotPath(program.entry);
  if (fs.existsSync(expected) || process.env.ACCEPT) {
    test("generated C++ matches the accepted snapshot", () => {
      const actual = snapshots.get(name);
      if (actual === undefined) throw new Error("no C++ was generated");
      if (process.env.ACCEPT) fs.writeFileSync(expected, actual);
      expect(actual).toBe(fs.readFileSync(expected, "utf8"));
    });
  }
  // a program that ends with an uncaught error says so: `// expect uncaught: RangeError: message`
  const uncaught = /^\/\/ expect uncaught: (.*)$/m.exec(fs.readFileSync(program.entry, "utf8"))?.[1];
  test(uncaught ? "Node ends with the uncaught error, status 1 (the oracle)" : "Node runs it cleanly (the oracle)", () => {
    const o = oracle.get(name)!;
    if (uncaught) expect({ status: o.status, error: o.stderr.split("\n").includes(uncaught) }).toEqual({ status: 1, error: true });
    else expect({ status: o.status, stderr: o.status === 0 ? "" : o.stderr }).toEqual({ status: 0, stderr: "" });
  });
  test("native stdout and status equal Node's", () => {
    const n = plain.get(name)!;
    if (!n.ok) throw new Error(n.error);
    const o = oracle.get(name)!;
    expect(n.run.stdout).toBe(o.stdout);
    expect(n.run.status).toBe(o.status);
    if (uncaught) expect(n.run.stderr.split("\n")[0]).toBe(uncaught); // Node's `Name: message` line first
  });
  test("ASan+UBSan run reports nothing and prints the same", () => {
    const n = sanitized.get(name)!;
    if (!n.ok) throw new Error(n.error);
    expect(n.run.stderr).not.toMatch(/AddressSanitizer|runtime error|LeakSanitizer/);
    expect(n.run.stdout).toBe(oracle.get(name)!.stdout);
    expect(n.run.status).toBe(oracle.get(name)!.status);
  });
});
