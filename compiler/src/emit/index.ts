// Phase 3: CppProgram -> text files (one .h/.cpp pair per TS module plus the Arduino entry), paths
// relative to the generated src/ folder. emit/platformio.ts writes the project around them.
import type { CppProgram } from "../cpp/nodes";
import { printFile } from "./print";

export interface GeneratedFile {
  path: string;
  contents: string;
}

export function emitProgram(program: CppProgram): GeneratedFile[] {
  return program.files.map((file) => ({ path: file.path, contents: printFile(file) }));
}
