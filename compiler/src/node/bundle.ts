// Sketch .ts -> one CommonJS bundle for Node (esbuild). Imports between the sketch's files are bundled;
// `import ... from "ts-esp"` resolves to the API object installNodeApi() published (api/index.ts).
import * as esbuild from "esbuild";
import { API_GLOBAL } from "./api";

export type BundleResult = { ok: true; code: string } | { ok: false; errors: string[] };

const apiModulePlugin: esbuild.Plugin = {
  name: "ts-esp-api",
  setup(build) {
    build.onResolve({ filter: /^ts-esp(\/.*)?$/ }, (args) => ({ path: args.path, namespace: "ts-esp-api" }));
    build.onLoad({ filter: /.*/, namespace: "ts-esp-api" }, () => ({
      contents: `module.exports = globalThis.${API_GLOBAL};`,
      loader: "js",
    }));
  },
};

/** Bundles the sketch whose entry file is `entry`; errors come back as "file:line:col: message" lines. */
export async function bundleSketch(entry: string): Promise<BundleResult> {
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "node",
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [apiModulePlugin],
    });
    return { ok: true, code: result.outputFiles[0].text };
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    if (!Array.isArray(failure.errors)) throw error;
    return { ok: false, errors: failure.errors.map(formatBundleError) };
  }
}

function formatBundleError(message: esbuild.Message): string {
  const loc = message.location;
  return loc ? `${loc.file}:${loc.line}:${loc.column + 1} - error: ${message.text}` : `error: ${message.text}`;
}
