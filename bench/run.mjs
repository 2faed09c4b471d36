// `npm run bench`: bundles bench/main.ts with esbuild (as compiler/build.mjs does for the CLI) and runs it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

// Bundled inside the repository so the compiler finds runtime-cpp/ above it (native/cache.ts).
const outfile = path.join(import.meta.dirname, ".out", "bench.cjs");
await build({
  entryPoints: [path.join(import.meta.dirname, "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["esbuild"],
  logLevel: "warning",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
