// Sketch .ts -> one CommonJS bundle for Node (esbuild). Imports between the sketch's files are bundled;
// the ts-esp API itself is global (compiler/lib declares it so), installed by api/index.ts.
import * as esbuild from "esbuild";

export type BundleResult = { ok: true; code: string } | { ok: false; errors: string[] };

/**
 * Bundles the sketch whose entry file is `entry`, for the file `outFile` when given (its inline source
 * map then names the sources relative to that file); errors come back as "file:line:col - error: ..."
 */
export async function bundleSketch(entry: string, outFile?: string): Promise<BundleResult> {
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      ...(outFile ? { outfile: outFile } : {}),
      bundle: true,
      write: false,
      platform: "node",
      format: "cjs",
      target: "node20",
      keepNames: true, // a class that names itself in its body is emitted as `_Vec`: console.log must print `Vec`
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
