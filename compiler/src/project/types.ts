// What project/ hands to every later phase: the ts-morph Project, the sketch's files and its config.
// Produced by load.ts; read (never mutated) by check/ and lower/.
import type { Project, SourceFile } from "ts-morph";

/** The sketch's ts-esp.json (all fields optional in the file; defaults filled in by config.ts). */
export interface TsEspConfig {
  /** Entry file relative to the project root. Default "src/main.ts". */
  entry: string;
  /** Board name from boards/*.json used when none is given on the command line. */
  board?: string;
  /** Extra C/C++ defines written as build flags (e.g. CONFIG_ASYNC_TCP_STACK_SIZE); validated by issue 5. */
  defines: Record<string, string | number | boolean>;
}

export interface LoadedProject {
  /** ts-morph project holding the sketch, ts-esp's lib .d.ts and the ES2022 lib. */
  project: Project;
  /** The entry module (src/main.ts or the single file given). */
  entry: SourceFile;
  /** The sketch's own .ts files (entry first, then what it imports), never lib files. */
  sourceFiles: SourceFile[];
  /** ts-esp's API declarations (compiler/lib/*.d.ts) as loaded into the project. */
  libFiles: SourceFile[];
  /** Absolute path of compiler/lib. */
  libDir: string;
  /** Absolute project root: the folder given, or the single file's folder. */
  rootDir: string;
  config: TsEspConfig;
}
