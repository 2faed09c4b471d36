// Turns a TypeScript node or text span into the file/line/column of a Diagnostic.
// Lines and columns are 1-based; columns count UTF-16 code units, as TypeScript and editors do.
import * as path from "node:path";
import { ts } from "ts-morph";

export interface SourceSpan {
  file: string;
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units
  length: number; // UTF-16 code units
}

/** The path shown to users: relative to the working directory when it lies below it. */
export function displayPath(fileName: string): string {
  const relative = path.relative(process.cwd(), fileName);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return fileName;
  return relative.split(path.sep).join("/");
}

/** Span of `length` code units starting at `start` in `sourceFile`. */
export function spanAt(sourceFile: ts.SourceFile, start: number, length: number): SourceSpan {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
  return { file: displayPath(sourceFile.fileName), line: line + 1, column: character + 1, length };
}

/** Span of a node without its leading trivia (comments, whitespace). */
export function spanOfNode(node: ts.Node): SourceSpan {
  const sourceFile = node.getSourceFile();
  const start = node.getStart(sourceFile);
  return spanAt(sourceFile, start, node.getEnd() - start);
}

/** Where a TypeScript diagnostic points (tsconfig and JSON errors have a file and offset too). */
export function spanOfTsDiagnostic(diagnostic: ts.Diagnostic, fallbackFile: string): SourceSpan | string {
  if (diagnostic.file === undefined || diagnostic.start === undefined) return fallbackFile;
  return spanAt(diagnostic.file, diagnostic.start, diagnostic.length ?? 0);
}
