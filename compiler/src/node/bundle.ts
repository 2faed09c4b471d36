// Sketch .ts -> one CommonJS bundle for Node (esbuild). Imports between the sketch's files are bundled;
// the ts-esp API itself is global (compiler/lib declares it so), installed by api/index.ts.
import * as esbuild from "esbuild";

export type BundleResult = { ok: true; code: string } | { ok: false; errors: string[] };

/** Bundles the sketch whose entry file is `entry`; errors come back as "file:line:col - error: ..." lines. */
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
