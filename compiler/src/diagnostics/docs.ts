// Renders the diagnostics docs from the catalog: docs/diagnostics.md (every code) and one page per
// code, docs/diagnostics/TSESPnnnn.md, with its test case and baseline as the example.
// Pure text in, text out; test/diagnostics.test.ts compares the files and rewrites them with ACCEPT=1.
import type { MessageEntry } from "./messages";

/** One test case illustrating a code: its source and its expected output. */
export interface DiagnosticExample {
  name: string; // e.g. "TSESP2011-var.ts"
  source: string;
  output: string;
}

const RANGES: [string, string][] = [
  ["1", "Project and configuration (TSESP1xxx)"],
  ["2", "Outside the compiled subset (TSESP2xxx)"],
  ["3", "Warnings: the sketch compiles, Node and the device may differ (TSESP3xxx)"],
  ["9", "Internal errors (TSESP9xxx)"],
];

/** Escapes a template for a Markdown table cell; `{name}` placeholders stay as they are. */
function showTemplate(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;");
}

export function renderDiagnosticsIndex(entries: readonly MessageEntry[]): string {
  const out = [
    "# ts-esp diagnostics",
    "",
    "Every message ts-esp prints has a code. `TSnnnn` codes are TypeScript's own errors (the sketch is",
    "checked under `strict`); `TSESPnnnn` codes are ts-esp's. The format is",
    "",
    "```",
    "path/file.ts:12:5 - error TSESP2011: 'var' declarations are not supported (hint: use `let` or `const`)",
    "",
    "12 | var x = 1;",
    "   | ^^^",
    "```",
    "",
    "Lines and columns are 1-based; columns count UTF-16 code units, as TypeScript and editors do.",
    "TypeScript errors are reported first; the subset check runs once the sketch type-checks.",
    "",
    "Generated from `compiler/src/diagnostics/messages.ts` (`ACCEPT=1 npx jest test/diagnostics` rewrites it).",
  ];
  for (const [digit, title] of RANGES) {
    out.push("", `## ${title}`, "", "| code | message | hint |", "|---|---|---|");
    for (const e of entries.filter((entry) => entry.code.startsWith(`TSESP${digit}`))) {
      out.push(`| [${e.code}](diagnostics/${e.code}.md) | ${showTemplate(e.message)} | ${showTemplate(e.hint)} |`);
    }
  }
  out.push("", "## TypeScript's own errors", "", ...TYPESCRIPT_DOC);
  out.push("", "## Sketch configuration (ts-esp.json)", "", ...CONFIG_DOC);
  return out.join("\n") + "\n";
}

const TYPESCRIPT_DOC = [
  "They print as tsc prints them (`file:line:col - error TS2322: ...`, chained details indented below).",
  "A few that sketches meet because of ts-esp's environment:",
  "",
  "- TS2584 / TS2304 `Cannot find name 'document'`: there is no DOM; use the ts-esp API (pins, Serial, timers).",
  "- TS2591 `Cannot find name 'require'` or `'fs'`: there are no Node modules on the device.",
  "- TS7006 `Parameter 'x' implicitly has an 'any' type`: `strict` is always on, whatever tsconfig.json says.",
  "- TS2872 / TS2873 `This kind of expression is always truthy/falsy`: write the value you mean.",
  "",
  "The test cases `test/diagnostics/TSnnnn-*.ts` show each with its output.",
];

const CONFIG_DOC = [
  "A project folder may hold `ts-esp.json` beside `tsconfig.json`:",
  "",
  "```json",
  "{",
  "  \"entry\": \"src/main.ts\",",
  "  \"board\": \"esp32dev\",",
  "  \"defines\": { \"CONFIG_ASYNC_TCP_STACK_SIZE\": 16384 }",
  "}",
  "```",
  "",
  "- `entry`: the entry module, relative to the folder (default `src/main.ts`).",
  "- `board`: the default board for `ts-esp build`.",
  "- `defines`: build flags (`NAME: string | number | boolean`) written into the generated project.",
  "",
  "Unknown fields are errors (TSESP1005). A sketch may also be a single `.ts` file, with no configuration.",
  "tsconfig.json is optional; ts-esp always forces `strict`, ES2022, ES modules and its own library",
  "(ES2022 core declarations and the ts-esp API from `compiler/lib`, no DOM and no Node types).",
];

export function renderDiagnosticPage(entry: MessageEntry, examples: readonly DiagnosticExample[]): string {
  const out = [
    `# ${entry.code}: ${entry.slug}`,
    "",
    `**Message:** ${showTemplate(entry.message)}`,
    "",
    `**Hint:** ${showTemplate(entry.hint)}`,
    "",
    entry.doc,
  ];
  for (const example of examples) {
    out.push("", `## Example: \`${example.name}\``, "", "```ts", example.source.trimEnd(), "```", "", "```", example.output.trimEnd(), "```");
  }
  return out.join("\n") + "\n";
}
