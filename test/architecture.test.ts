// The compiler's phase boundaries (.dependency-cruiser.cjs): check/ never imports lower/, lower/
// never imports the CLI, the Node oracle never imports the compiler, no cycle outside lower/'s
// recursive visitors. dependency-cruiser reads the real import graph of compiler/src.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");

test("compiler/src respects its phase boundaries and has no module cycles", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", ".bin", "depcruise"), "compiler/src", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe("");
  const report = JSON.parse(r.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
  expect(report.summary.totalCruised).toBeGreaterThan(100); // the whole compiler was read, not an empty folder
  expect(report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  expect(r.status).toBe(0);
}, 120_000);
