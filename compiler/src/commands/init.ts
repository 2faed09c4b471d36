// `ts-esp init [DIR] [--board NAME]`: a new sketch project: src/main.ts, tsconfig.json, package.json
// (ts-esp as devDependency), ts-esp.json, platformio.ini, a CI workflow and .gitignore. Never
// overwrites: if one of those files exists, nothing is written.
import * as fs from "node:fs";
import * as path from "node:path";
import { printPlatformioIni } from "../emit/platformio";
import { stringOption, type Command } from "./shared/command";
import { DEFAULT_BOARD, resolveBoards } from "./shared/boards";
import { CliError } from "./shared/errors";
import { packagePaths } from "./shared/package";
import { WORK_DIR_NAME } from "./shared/sketch";
import * as templates from "./init/templates";

export const initCommand: Command = {
  name: "init",
  summary: "create a new sketch project",
  help: `Usage: ts-esp init [DIR] [--board NAME]

Creates DIR (default: the working directory) with src/main.ts, tsconfig.json, package.json,
ts-esp.json, platformio.ini, .github/workflows/ci.yml and .gitignore. Existing files are never
overwritten. Then: npm install && npx ts-esp run

Options:
  --board NAME   board from boards/*.json (default: esp32dev)`,
  options: { board: { type: "string" } },
  maxPositionals: 1,
  async run(args) {
    const paths = packagePaths();
    const [board] = resolveBoards(paths.boardsDir, [stringOption(args, "board") ?? DEFAULT_BOARD]);
    const dir = path.resolve(args.positionals[0] ?? ".");
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new CliError(`'${args.positionals[0]}' exists and is not a folder`);
    const files: Record<string, string> = {
      "src/main.ts": templates.mainTs(board.ledPin),
      "tsconfig.json": templates.TSCONFIG_JSON,
      "package.json": templates.packageJson(packageName(dir), paths.version),
      "ts-esp.json": templates.tsEspJson(board.name),
      "platformio.ini": printPlatformioIni({
        srcDir: `${WORK_DIR_NAME}/src`,
        runtimeDir: "node_modules/ts-esp/runtime-cpp",
        envs: [{ board, core: board.defaultCore }],
      }),
      ".github/workflows/ci.yml": templates.CI_WORKFLOW,
      ".gitignore": templates.GITIGNORE,
    };
    const existing = Object.keys(files).find((name) => fs.existsSync(path.join(dir, name)));
    if (existing) throw new CliError(`${path.join(args.positionals[0] ?? ".", existing)} already exists; init writes new projects only`);
    for (const [name, contents] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), contents);
    }
    const shown = path.relative(process.cwd(), dir) || ".";
    process.stdout.write(`ts-esp: created a sketch in ${shown} for ${board.name}; next: cd ${shown} && npm install && npx ts-esp run\n`);
    return 0;
  },
};

/** npm package names are lower case, URL-safe. */
function packageName(dir: string): string {
  const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "");
  return name || "sketch";
}
