// `ts-esp clean`: removes a project's .ts-esp/ and a single file's cache and project folders, keeps
// everything else, and fails with one line on a path that is not a sketch.
import * as fs from "node:fs";
import * as path from "node:path";
import { lines, makeTemp, removeTemp, runCli, writeSketchProject } from "./support";

describe("ts-esp clean", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("clean");
  });
  afterAll(() => removeTemp(tmp));

  test("a built project: .ts-esp goes, sources and platformio.ini stay", () => {
    const dir = writeSketchProject(path.join(tmp, "proj"), "console.log(1);\n");
    expect(runCli(["build", dir]).status).toBe(0);
    expect(fs.existsSync(path.join(dir, ".ts-esp"))).toBe(true);
    const r = runCli(["clean"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("ts-esp: removed .ts-esp\n");
    expect(fs.existsSync(path.join(dir, ".ts-esp"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "src", "main.ts"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "platformio.ini"))).toBe(true);
    expect(runCli(["clean", dir]).stdout).toBe("ts-esp: nothing to clean\n");
  });

  test("a single file: its cache folder and its .ts-esp/<name> project", () => {
    const dir = path.join(tmp, "single");
    const cache = path.join(tmp, "cache");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "one.ts"), "console.log(1);\n");
    fs.writeFileSync(path.join(dir, "two.ts"), "console.log(2);\n");
    const env = { TSESP_CACHE_DIR: cache };
    expect(runCli(["build", "one.ts"], { cwd: dir, env }).status).toBe(0);
    expect(runCli(["build", "two.ts"], { cwd: dir, env }).status).toBe(0);
    const r = runCli(["clean", "one.ts"], { cwd: dir, env });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, ".ts-esp", "one"))).toBe(false);
    expect(fs.existsSync(path.join(dir, ".ts-esp", "two"))).toBe(true);
    const cached = fs.readdirSync(path.join(cache, "sketches"));
    expect(cached.some((name) => name.startsWith("one-"))).toBe(false);
    expect(cached.some((name) => name.startsWith("two-"))).toBe(true);
  });

  test("not a sketch: one line, status 1", () => {
    const r = runCli(["clean", tmp]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a sketch/);
  });
});
