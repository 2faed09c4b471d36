// Runs a bundled sketch in this Node process with the device's ordering (DESIGN decision 4):
// top-level code, then an exported setup(), then an exported loop() again and again with timers
// serviced in between (setImmediate lets the timers phase run between two loop() calls). Without a
// loop() export the process ends, status 0, once no timer is pending, exactly as Node itself does.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import { installNodeApi } from "./api";

interface SketchExports {
  setup?: unknown;
  loop?: unknown;
}

/**
 * Writes `code` (a CommonJS bundle from bundleSketch(entry, bundleFile)) to `bundleFile`, loads it with
 * the API installed, then drives setup/loop. Loaded from a file, Node maps stack traces through the
 * inline source map to the sketch's .ts lines. Used by `ts-esp run --node`.
 */
export function startSketchFile(code: string, bundleFile: string): void {
  fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
  const temporary = `${bundleFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, code);
  fs.renameSync(temporary, bundleFile); // atomic: a concurrent run of the same sketch never loads half a file
  process.setSourceMapsEnabled(true);
  installNodeApi(globalThis as unknown as Record<string, unknown>);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  driveSetupAndLoop(require(bundleFile) as SketchExports);
}

/** Evaluates `code` in memory as if it were the file `filename` (no file is written), then drives setup/loop. */
export function startSketch(code: string, filename: string): void {
  installNodeApi(globalThis as unknown as Record<string, unknown>);
  const sketchModule = { exports: {} as SketchExports };
  const wrapper = vm.runInThisContext(`(function (exports, require, module) {${code}\n})`, { filename });
  wrapper.call(sketchModule.exports, sketchModule.exports, createRequire(filename), sketchModule);
  driveSetupAndLoop(sketchModule.exports);
}

function driveSetupAndLoop({ setup, loop }: SketchExports): void {
  if (typeof setup === "function") setup();
  if (typeof loop === "function") {
    const runLoopOnce = (): void => {
      loop();
      setImmediate(runLoopOnce);
    };
    setImmediate(runLoopOnce);
  }
}
