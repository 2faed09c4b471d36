import { formatCodeFrame, formatDiagnostic, formatDiagnostics, formatHeadline } from "./format";
import type { Diagnostic } from "./types";

const at = (line: number, column: number, length: number): Diagnostic => ({
  code: "TSESP2011",
  severity: "error",
  file: "src/main.ts",
  line,
  column,
  length,
  message: "'var' declarations are not supported",
  hint: "use `let` or `const`",
});

const source = "let a = 1;\nvar x = 2;\n\tvar y = 3;\n";
const read = () => source;

test("headline", () => {
  expect(formatHeadline(at(2, 1, 3))).toBe(
    "src/main.ts:2:1 - error TSESP2011: 'var' declarations are not supported (hint: use `let` or `const`)",
  );
});

test("headline without place or hint", () => {
  expect(formatHeadline({ code: "TS6053", severity: "warning", message: "m" })).toBe("warning TS6053: m");
});

test("headline with a file but no line", () => {
  expect(formatHeadline({ code: "TSESP1002", severity: "error", file: "proj", message: "m" })).toBe("proj - error TSESP1002: m");
});

test("code frame underlines the span", () => {
  expect(formatCodeFrame(at(2, 5, 1), source)).toBe("2 | var x = 2;\n  |     ^");
});

test("code frame keeps tabs so carets line up", () => {
  expect(formatCodeFrame(at(3, 2, 3), source)).toBe("3 | \tvar y = 3;\n  | \t^^^");
});

test("code frame clips a multi-line span to its first line and shows at least one caret", () => {
  expect(formatCodeFrame(at(1, 9, 40), source)).toBe("1 | let a = 1;\n  | " + " ".repeat(8) + "^^");
  expect(formatCodeFrame(at(1, 11, 0), source)).toBe("1 | let a = 1;\n  | " + " ".repeat(10) + "^");
});

test("code frame gutter widens with the line number", () => {
  const many = Array.from({ length: 12 }, (_, i) => `line${i + 1}`).join("\n");
  expect(formatCodeFrame(at(12, 1, 4), many)).toBe("12 | line12\n   | ^^^^");
});

test("columns are UTF-16 code units (the emoji counts two)", () => {
  const line = 'const s = "é😀"; var';
  expect(line.indexOf("var")).toBe(17);
  expect(formatCodeFrame(at(1, 18, 3), line)).toBe(`1 | ${line}\n  | ${" ".repeat(17)}^^^`);
});

test("no frame for a line outside the file or without a source", () => {
  expect(formatCodeFrame(at(9, 1, 1), source)).toBeUndefined();
  expect(formatDiagnostic(at(2, 1, 3), () => undefined)).toBe(formatHeadline(at(2, 1, 3)));
});

test("notes follow the headline", () => {
  const d = { ...at(2, 1, 3), notes: ["declared here"] };
  expect(formatDiagnostic(d, read).split("\n").slice(0, 2)).toEqual([formatHeadline(d), "  note: declared here"]);
});

test("a list ends with the error count; nothing for no diagnostics", () => {
  expect(formatDiagnostics([], read)).toBe("");
  const text = formatDiagnostics([at(2, 1, 3), at(3, 2, 3)], read);
  expect(text.endsWith("\n\nFound 2 errors.\n")).toBe(true);
  expect(text.split("\n\n")).toHaveLength(5);
});
