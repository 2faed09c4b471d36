// `ts-esp build [FILE.ts | DIR] [--board NAME]... [--core 2|3]`: the sketch's C++ plus a PlatformIO
// project (platformio.ini, one env per board) ready for `pio run -t upload`.
import * as fs from "node:fs";
import * as path from "node:path";
import { GENERATED_MARKER, printPlatformioIni } from "../emit/platformio";
import { listOption, stringOption, type Command } from "./shared/command";
import { DEFAULT_BOARD, parseCore, resolveBoards } from "./shared/boards";
import { CliError } from "./shared/errors";
import { writeGeneratedSources } from "./shared/generated";
import { packagePaths } from "./shared/package";
import { requireTypeScript, resolveSketch, WORK_DIR_NAME, type SketchTarget } from "./shared/sketch";

export const buildCommand: Command = {
  name: "build",
  summary: "compile a sketch to C++ and write its PlatformIO project",
  help: `Usage: ts-esp build [FILE.ts | DIR] [--board NAME]... [--core 2|3]

Writes the generated C++ to DIR/.ts-esp/src and DIR/platformio.ini (src_dir = .ts-esp/src,
runtime-cpp as a library, C++17 flags), one env per board. A single FILE.ts gets its project
in FILE's folder under .ts-esp/<name>/. Then: pio run -t upload.

Options:
  --board NAME   board from boards/*.json (repeatable; default: ts-esp.json "board" or esp32dev)
  --core 2|3     Arduino-ESP32 core major version (default: the board's, 3)`,
  options: { board: { type: "string", multiple: true }, core: { type: "string" } },
  maxPositionals: 1,
  async run(args) {
    const paths = packagePaths();
    const target = resolveSketch(args.positionals[0]);
    requireTypeScript(target, "build");
    const boardNames = listOption(args, "board");
    const boards = resolveBoards(paths.boardsDir, boardNames.length ? boardNames : [target.config.board ?? DEFAULT_BOARD]);
    const core = parseCore(stringOption(args, "core"));
    const projectDir = platformioProjectDir(target);
    const iniPath = path.join(projectDir, "platformio.ini");
    refuseForeignIni(iniPath);
    const srcDir = path.join(projectDir, target.isProject ? path.join(WORK_DIR_NAME, "src") : "src");
    if (!writeGeneratedSources(target, srcDir)) return 1;
    const ini = printPlatformioIni({
      srcDir: path.relative(projectDir, srcDir),
      runtimeDir: path.relative(projectDir, paths.runtimeDir),
      envs: boards.map((board) => ({ board, core: core ?? board.defaultCore })),
      defines: stringifyDefines(target.config.defines),
    });
    fs.writeFileSync(iniPath, ini);
    const shown = path.relative(process.cwd(), projectDir) || ".";
    process.stdout.write(`ts-esp: wrote ${path.join(shown, "platformio.ini")} (${boards.map((b) => b.name).join(", ")}); upload with: pio run -d ${shown} -t upload\n`);
    return 0;
  },
};

function platformioProjectDir(target: SketchTarget): string {
  if (target.isProject) return target.rootDir;
  return path.join(target.rootDir, WORK_DIR_NAME, path.basename(target.entry, ".ts"));
}

/** A platformio.ini that ts-esp did not write is the user's: never overwrite it. */
function refuseForeignIni(iniPath: string): void {
  if (!fs.existsSync(iniPath)) return;
  if (fs.readFileSync(iniPath, "utf8").startsWith(GENERATED_MARKER)) return;
  throw new CliError(`${iniPath} was not written by ts-esp; move it away so 'ts-esp build' can write its own`);
}

function stringifyDefines(defines: Record<string, string | number | boolean>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(defines)) out[name] = typeof value === "boolean" ? (value ? 1 : 0) : value;
  return out;
}
