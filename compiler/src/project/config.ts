// Reads the sketch's ts-esp.json (beside tsconfig.json) into a TsEspConfig with defaults.
// Fields: entry (default "src/main.ts"), board, defines {NAME: string|number|boolean}; defines named
// CONFIG_ASYNC_TCP_* are range-checked (asyncTcpConfig.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { report } from "../diagnostics/report";
import { ts } from "ts-morph";
import { displayPath, spanOfTsDiagnostic } from "../diagnostics/location";
import type { Diagnostic } from "../diagnostics/types";
import type { TsEspConfig } from "./types";
import { ASYNC_TCP_PREFIX, checkAsyncTcpDefine } from "./asyncTcpConfig";

export const CONFIG_FILE_NAME = "ts-esp.json";
export const DEFAULT_ENTRY = "src/main.ts";

export type ConfigResult = { ok: true; config: TsEspConfig } | { ok: false; diagnostics: Diagnostic[] };

const DEFINE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Config of the project in `rootDir`; the defaults when there is no ts-esp.json. */
export function readTsEspConfig(rootDir: string): ConfigResult {
  const file = path.join(rootDir, CONFIG_FILE_NAME);
  const config: TsEspConfig = { entry: DEFAULT_ENTRY, defines: {} };
  if (!fs.existsSync(file)) return { ok: true, config };
  const shown = displayPath(file);
  // TypeScript's JSON reader: the same comments-allowed dialect as tsconfig.json, with positions.
  const parsed = ts.parseConfigFileTextToJson(file, fs.readFileSync(file, "utf8"));
  if (parsed.error !== undefined) {
    const detail = ts.flattenDiagnosticMessageText(parsed.error.messageText, " ");
    return { ok: false, diagnostics: [report.badConfigJson(spanOfTsDiagnostic(parsed.error, shown), detail)] };
  }
  const raw: unknown = parsed.config;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, diagnostics: [report.badConfigJson(shown, "the top level must be an object")] };
  }
  const diagnostics = validateFields(raw as Record<string, unknown>, config, shown);
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, config };
}

/** Copies valid fields of `raw` into `config`; one diagnostic per bad field. */
function validateFields(raw: Record<string, unknown>, config: TsEspConfig, shown: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const bad = (detail: string) => diagnostics.push(report.badConfigField(shown, detail));
  for (const [key, value] of Object.entries(raw)) {
    if (key === "entry" || key === "board") {
      if (typeof value !== "string" || value === "") bad(`"${key}" must be a non-empty string`);
      else config[key] = value;
    } else if (key === "defines") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        bad(`"defines" must be an object`);
        continue;
      }
      for (const [name, flag] of Object.entries(value as Record<string, unknown>)) {
        if (!DEFINE_NAME.test(name)) bad(`define name "${name}" is not a C identifier`);
        else if (typeof flag !== "string" && typeof flag !== "number" && typeof flag !== "boolean") {
          bad(`define "${name}" must be a string, number or boolean`);
        } else {
          const problem = name.startsWith(ASYNC_TCP_PREFIX) ? checkAsyncTcpDefine(name, flag) : undefined;
          if (problem !== undefined) diagnostics.push(report.badAsyncTcpConfig(shown, problem));
          else config.defines[name] = flag;
        }
      }
    } else if (key !== "$schema") {
      bad(`unknown field "${key}"`);
    }
  }
  return diagnostics;
}
