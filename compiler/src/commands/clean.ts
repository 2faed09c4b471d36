// `ts-esp clean [FILE.ts | DIR]`: removes what ts-esp generated for a sketch (.ts-esp/ of a project,
// the cache folder of a single file). The runtime libraries cached per variant stay.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "./shared/command";
import { resolveSketch, WORK_DIR_NAME } from "./shared/sketch";

export const cleanCommand: Command = {
  name: "clean",
  summary: "remove a sketch's generated C++ and build output",
  help: `Usage: ts-esp clean [FILE.ts | DIR]

Removes DIR/.ts-esp (generated C++, build stamps) or, for a single FILE.ts, its cache folder and
FILE's .ts-esp/<name> project. platformio.ini and PlatformIO's .pio/ are left alone.`,
  options: {},
  maxPositionals: 1,
  async run(args) {
    const target = resolveSketch(args.positionals[0]);
    const removed: string[] = [];
    const candidates = [target.workDir];
    if (!target.isProject) candidates.push(path.join(target.rootDir, WORK_DIR_NAME, path.basename(target.entry, ".ts")));
    for (const dir of candidates) {
      if (!fs.existsSync(dir)) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(path.relative(process.cwd(), dir) || dir);
    }
    process.stdout.write(removed.length ? `ts-esp: removed ${removed.join(", ")}\n` : "ts-esp: nothing to clean\n");
    return 0;
  },
};
