// The TypeScript options every sketch is checked with: the project's tsconfig.json for the
// checking flags it chooses (noUnusedLocals, ...), then ts-esp's forced settings on top: strict,
// ES2022 core lib only (no DOM, no Node types), ES modules resolved like a bundler.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { report } from "../diagnostics/report";
import { displayPath, spanOfTsDiagnostic } from "../diagnostics/location";
import type { Diagnostic } from "../diagnostics/types";

export type OptionsResult = { ok: true; options: ts.CompilerOptions } | { ok: false; diagnostics: Diagnostic[] };

/** Settings a sketch cannot change: they define the language ts-esp compiles. */
export const FORCED_OPTIONS: ts.CompilerOptions = {
  // `strict` and each flag it implies: a tsconfig cannot switch one off again.
  strict: true,
  noImplicitAny: true,
  noImplicitThis: true,
  strictNullChecks: true,
  strictFunctionTypes: true,
  strictBindCallApply: true,
  strictPropertyInitialization: true,
  strictBuiltinIteratorReturn: true,
  useUnknownInCatchVariables: true,
  alwaysStrict: true,
  // ES2022 class field semantics, as Node runs them.
  useDefineForClassFields: true,
  noLib: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // The ES2022 core declarations only; ts-esp's API is added as source files from compiler/lib.
  lib: ["lib.es2022.d.ts"],
  types: [],
  noEmit: true,
  allowJs: false,
  checkJs: false,
  allowImportingTsExtensions: true,
  experimentalDecorators: false,
  isolatedModules: false,
  skipLibCheck: false,
};

// tsconfig errors that only concern tsc's own file discovery, which ts-esp does not use.
const IGNORED_TSCONFIG_ERRORS = new Set([18003 /* no inputs were found */]);

/** Options for the project in `rootDir` (with or without a tsconfig.json). */
export function readCompilerOptions(rootDir: string): OptionsResult {
  const file = path.join(rootDir, "tsconfig.json");
  if (!fs.existsSync(file)) return { ok: true, options: { ...FORCED_OPTIONS } };
  const shown = displayPath(file);
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error !== undefined) {
    return { ok: false, diagnostics: [report.badTsconfig(spanOfTsDiagnostic(read.error, shown), flatten(read.error))] };
  }
  // Read again as a JSON source file so that option errors keep their position too.
  const json = ts.readJsonConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(json, ts.sys, rootDir, undefined, file);
  const errors = parsed.errors.filter((error) => !IGNORED_TSCONFIG_ERRORS.has(error.code));
  if (errors.length > 0) {
    return { ok: false, diagnostics: errors.map((e) => report.badTsconfig(spanOfTsDiagnostic(e, shown), flatten(e))) };
  }
  return { ok: true, options: { ...parsed.options, ...FORCED_OPTIONS } };
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
}
