// Bundles the CLI into dist/cli.js so `npx ts-esp` starts without resolving hundreds of modules.
import { build } from "esbuild";

await build({
  entryPoints: ["compiler/src/cli.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  external: ["esbuild"],
  logLevel: "warning",
});
