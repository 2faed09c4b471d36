// Diagnostics -> text for the terminal and for test baselines:
//   path/file.ts:12:5 - error TSESP2011: 'var' declarations are not supported (hint: use `let` or `const`)
//
//   12 | var x = 1;
//      | ^^^
// TypeScript's own errors print the same way with their TS code (tsc's `file:line:col - error TSnnnn:`).
import * as fs from "node:fs";
import type { Diagnostic } from "./types";

/** Reads a file's text for the code frame; undefined when it cannot be read. */
export type SourceReader = (file: string) => string | undefined;

export function readSourceFromDisk(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The first line: location, severity, code, message and hint. */
export function formatHeadline(d: Diagnostic): string {
  let where = "";
  if (d.file !== undefined) {
    where = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1} - ` : `${d.file} - `;
  }
  const hint = d.hint !== undefined && d.hint !== "" ? ` (hint: ${d.hint})` : "";
  return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** The source line of the diagnostic with carets under its span (first line of a multi-line span). */
export function formatCodeFrame(d: Diagnostic, source: string): string | undefined {
  if (d.line === undefined) return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  const text = lines[d.line - 1];
  if (text === undefined) return undefined;
  const start = Math.min(Math.max((d.column ?? 1) - 1, 0), text.length);
  const width = Math.max(1, Math.min(d.length ?? 1, text.length - start));
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  // Keep tabs in the marker line so the carets line up under tab-indented code.
  const lead = text.slice(0, start).replace(/[^\t]/g, " ");
  return `${gutter} | ${text}\n${pad} | ${lead}${"^".repeat(width)}`;
}

/** One diagnostic: headline, then (when the source is available) a blank line and the code frame. */
export function formatDiagnostic(d: Diagnostic, readSource: SourceReader = readSourceFromDisk): string {
  const parts = [formatHeadline(d)];
  for (const note of d.notes ?? []) parts.push(`  note: ${note}`);
  const source = d.file !== undefined && d.line !== undefined ? readSource(d.file) : undefined;
  const frame = source !== undefined ? formatCodeFrame(d, source) : undefined;
  if (frame !== undefined) parts.push("", frame);
  return parts.join("\n");
}

/** All diagnostics separated by blank lines, then a summary line when there are errors. */
export function formatDiagnostics(ds: readonly Diagnostic[], readSource: SourceReader = readSourceFromDisk): string {
  const cache = new Map<string, string | undefined>();
  const cachedRead: SourceReader = (file) => {
    if (!cache.has(file)) cache.set(file, readSource(file));
    return cache.get(file);
  };
  const blocks = ds.map((d) => formatDiagnostic(d, cachedRead));
  const errors = ds.filter((d) => d.severity === "error").length;
  if (errors > 0) blocks.push(`Found ${errors} error${errors === 1 ? "" : "s"}.`);
  return blocks.join("\n\n") + (blocks.length > 0 ? "\n" : "");
}
