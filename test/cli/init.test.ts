// `ts-esp init`: the files of a new project, their contents, refusal to overwrite, and that the new
// project checks and runs (under Node here; natively in run.test.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { lines, makeTemp, removeTemp, REPO, runCli } from "./support";

describe("ts-esp init", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("init");
  });
  afterAll(() => removeTemp(tmp));

  test("writes a complete project", () => {
    const r = runCli(["init", "my-sketch"], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("created a sketch in my-sketch for esp32dev");
    const dir = path.join(tmp, "my-sketch");
    const files = ["src/main.ts", "tsconfig.json", "package.json", "ts-esp.json", "platformio.ini", ".github/workflows/ci.yml", ".gitignore"];
    for (const file of files) expect(fs.existsSync(path.join(dir, file))).toBe(true);

    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("my-sketch");
    expect(pkg.devDependencies["ts-esp"]).toBe(`^${require("../../package.json").version}`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "ts-esp.json"), "utf8"))).toEqual({ board: "esp32dev" });

    const ini = fs.readFileSync(path.join(dir, "platformio.ini"), "utf8");
    expect(ini).toContain("src_dir = .ts-esp/src");
    expect(ini).toContain("[env:esp32dev]");
    expect(ini).toContain("board = esp32dev");
    expect(ini).toContain("lib_deps = symlink://node_modules/ts-esp/runtime-cpp");
    expect(ini).toMatch(/^build_flags = -std=gnu\+\+17$/m);

    const ci = fs.readFileSync(path.join(dir, ".github/workflows/ci.yml"), "utf8");
    expect(ci).toContain("npx ts-esp build");
    expect(ci).toContain("pio run");
    expect(fs.readFileSync(path.join(dir, ".gitignore"), "utf8").split("\n")).toEqual(expect.arrayContaining([".ts-esp/", ".pio/", "node_modules/"]));
  });

  test("the new project type-checks", () => {
    const r = runCli(["check", path.join(tmp, "my-sketch")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("the new project runs under Node: output and LED trace", () => {
    const trace = path.join(tmp, "trace.txt");
    const r = runCli(["run", "--node"], { cwd: path.join(tmp, "my-sketch"), env: { TSESP_PIN_TRACE: trace } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("hello from ts-esp\ndone\n");
    const expected = ["pinMode 2 OUTPUT"];
    for (let i = 0; i < 10; i++) expected.push(`digitalWrite 2 ${i % 2 === 0 ? "HIGH" : "LOW"}`);
    expect(lines(fs.readFileSync(trace, "utf8"))).toEqual(expected);
  });

  test("--board picks the board's env and LED pin", () => {
    const r = runCli(["init", "c3", "--board", "esp32-c3-devkitm-1"], { cwd: tmp });
    expect(r.status).toBe(0);
    const ini = fs.readFileSync(path.join(tmp, "c3", "platformio.ini"), "utf8");
    expect(ini).toContain("[env:esp32-c3-devkitm-1]");
    expect(fs.readFileSync(path.join(tmp, "c3", "src", "main.ts"), "utf8")).toContain("const LED = 8;");
  });

  test("into the working directory by default", () => {
    const dir = path.join(tmp, "here");
    fs.mkdirSync(dir);
    const r = runCli(["init"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "src", "main.ts"))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name).toBe("here");
  });

  test("never overwrites: one line, non-zero, nothing changed", () => {
    const main = path.join(tmp, "my-sketch", "src", "main.ts");
    fs.writeFileSync(main, "// mine\n");
    const r = runCli(["init", "my-sketch"], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(["ts-esp: my-sketch/src/main.ts already exists; init writes new projects only"]);
    expect(fs.readFileSync(main, "utf8")).toBe("// mine\n");
  });

  test("a file in the way: one line, non-zero", () => {
    fs.writeFileSync(path.join(tmp, "afile"), "x");
    const r = runCli(["init", "afile"], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(["ts-esp: 'afile' exists and is not a folder"]);
  });

  test("an unknown board writes nothing", () => {
    const r = runCli(["init", "nob", "--board", "arduino-uno"], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(fs.existsSync(path.join(tmp, "nob"))).toBe(false);
  });

  test("the repo's own examples follow the same layout", () => {
    for (const example of ["blink", "hello"]) {
      for (const file of ["src/main.ts", "tsconfig.json", "ts-esp.json"]) expect(fs.existsSync(path.join(REPO, "examples", example, file))).toBe(true);
    }
  });
});
