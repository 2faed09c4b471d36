// Runs a bundled sketch in this Node process with the device's ordering (DESIGN decision 4):
// top-level code, then an exported setup(), then an exported loop() again and again with timers
// serviced in between (setImmediate lets the timers phase run between two loop() calls). Without a
// loop() export the process ends, status 0, once no timer is pending, exactly as Node itself does.
import * as vm from "node:vm";
import { createRequire } from "node:module";
import { installNodeApi } from "./api";

interface SketchExports {
  setup?: unknown;
  loop?: unknown;
}

/** Evaluates `code` (a CommonJS bundle from bundleSketch) as the file `filename`, then drives setup/loop. */
export function startSketch(code: string, filename: string): void {
  installNodeApi(globalThis as unknown as Record<string, unknown>);
  const sketchModule = { exports: {} as SketchExports };
  const wrapper = vm.runInThisContext(`(function (exports, require, module) {${code}\n})`, { filename });
  wrapper.call(sketchModule.exports, sketchModule.exports, createRequire(filename), sketchModule);
  const { setup, loop } = sketchModule.exports;
  if (typeof setup === "function") setup();
  if (typeof loop === "function") {
    const runLoopOnce = (): void => {
      loop();
      setImmediate(runLoopOnce);
    };
    setImmediate(runLoopOnce);
  }
}
