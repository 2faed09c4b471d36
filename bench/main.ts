// The benchmark run (DESIGN: "Benchmarks live in bench/ ... report ratios side by side in one run").
// Each bench/sketches/<name>.ts is compiled once to a native binary (what `ts-esp run` builds) and
// bundled once for Node (what `ts-esp run --node` runs); both run RUNS times, interleaved so machine
// noise hits both alike, and the table shows the median wall time of each and their ratio. Both
// runs must print the same line, so a benchmark can never measure a miscompiled program.
// Usage: npm run bench [-- --runs N] [name-filter]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as esbuild from "esbuild";
import { compileSketch } from "../compiler/src/pipeline";
import { buildNative } from "../compiler/src/native";
import { bundleSketch } from "../compiler/src/node/bundle";

const ROOT = path.resolve(__dirname, "..", ".."); // bench/.out/bench.cjs
const SKETCHES = path.join(ROOT, "bench", "sketches");
const LIB_DIR = path.join(ROOT, "compiler", "lib");

interface Timed {
  ms: number;
  stdout: string;
  status: number | null;
}

function timed(command: string, args: string[]): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, TSESP_PIN_TRACE: "/dev/null" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, stdout: r.stdout ?? "", status: r.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A Node runner that evaluates one bundled sketch with the ts-esp API installed (as `run --node`). */
function writeNodeRunner(work: string): string {
  const runner = path.join(work, "node-runner.cjs");
  esbuild.buildSync({
    stdin: {
      contents: `import * as fs from "node:fs";
import { startSketch } from ${JSON.stringify(path.join(ROOT, "compiler", "src", "node", "run"))};
startSketch(fs.readFileSync(process.argv[2], "utf8"), process.argv[2]);`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: runner,
    external: ["esbuild"],
    logLevel: "warning",
  });
  return runner;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const filter = args.filter((a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1))[0];
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write("bench: --runs takes a positive integer\n");
    return 2;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-bench-"));
  const runner = writeNodeRunner(work);
  const names = fs.readdirSync(SKETCHES).filter((f) => f.endsWith(".ts") && (!filter || f.includes(filter))).sort();
  const rows: string[][] = [["benchmark", "native ms", "node ms", "node/native"]];
  let failed = false;
  for (const file of names) {
    const name = file.replace(/\.ts$/, "");
    const entry = path.join(SKETCHES, file);
    const compiled = compileSketch(entry, { libDir: LIB_DIR });
    if (!compiled.files) {
      process.stderr.write(`${name}: does not compile:\n${compiled.diagnostics.map((d) => `  ${d.code} ${d.message}`).join("\n")}\n`);
      failed = true;
      continue;
    }
    const generatedDir = path.join(work, name, "src");
    for (const f of compiled.files) {
      fs.mkdirSync(path.dirname(path.join(generatedDir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(generatedDir, f.path), f.contents);
    }
    const built = await buildNative({ generatedDir });
    const bundled = await bundleSketch(entry);
    if (!built.ok || !bundled.ok) {
      process.stderr.write(`${name}: build failed:\n${built.ok ? "" : built.error}${bundled.ok ? "" : bundled.errors.join("\n")}\n`);
      failed = true;
      continue;
    }
    const bundleFile = path.join(work, name, "bundle.js");
    fs.writeFileSync(bundleFile, bundled.code);
    const native: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < runs; i++) {
      const a = timed(built.executable, []);
      const b = timed(process.execPath, [runner, bundleFile]);
      if (a.status !== 0 || b.status !== 0 || a.stdout !== b.stdout) {
        process.stderr.write(`${name}: native and Node disagree:\n  native (${a.status}): ${a.stdout}  node (${b.status}): ${b.stdout}\n`);
        failed = true;
        break;
      }
      native.push(a.ms);
      node.push(b.ms);
    }
    if (native.length < runs) continue;
    const n = median(native);
    const j = median(node);
    rows.push([name, n.toFixed(1), j.toFixed(1), `${(j / n).toFixed(2)}x`]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")}\n`);
  process.stdout.write(`(median of ${runs} runs each, wall time including process start; node/native > 1 means native is faster)\n`);
  fs.rmSync(work, { recursive: true, force: true });
  return failed ? 1 : 0;
}

main().then((status) => process.exit(status));
