// `ts-esp check [FILE.ts | DIR]`: type-check and subset-check a sketch; no C++ is written.
import { checkSketch } from "../pipeline";
import type { Command } from "./shared/command";
import { printDiagnostics } from "./shared/diagnostics";
import { requireTypeScript, resolveSketch } from "./shared/sketch";

export const checkCommand: Command = {
  name: "check",
  summary: "type-check a sketch and check it against the compiled subset",
  help: `Usage: ts-esp check [FILE.ts | DIR]

Reports TypeScript errors (strict) and constructs ts-esp cannot compile, with codes and hints.
Exit status 0 when there are no errors, 1 otherwise.`,
  options: {},
  maxPositionals: 1,
  async run(args) {
    const target = resolveSketch(args.positionals[0]);
    requireTypeScript(target, "check");
    const hasErrors = printDiagnostics(checkSketch(target.given));
    return hasErrors ? 1 : 0;
  },
};
