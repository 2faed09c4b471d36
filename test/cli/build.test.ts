// `ts-esp build`: generated C++ under .ts-esp/src, platformio.ini with one env per board, the runtime
// library wired in and the C++17 flags per core; config, refusals and error paths. The esp32dev
// output is also compiled with the 32-bit proxy toolchain and run under qemu against Node.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildForCortexM4, runUnderQemu } from "../../compiler/src/embedded";
import { copyExample, lines, makeTemp, removeTemp, REPO, runCli, writeSketchProject } from "./support";

function readIni(dir: string): string {
  return fs.readFileSync(path.join(dir, "platformio.ini"), "utf8");
}

function listCpp(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".cpp"));
}

describe("ts-esp build", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("build");
    fs.mkdirSync(path.join(tmp, "m4"));
  });
  afterAll(() => removeTemp(tmp));

  test("examples/hello for esp32dev: C++, platformio.ini, runtime library", () => {
    const dir = copyExample("hello", tmp);
    const r = runCli(["build"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("wrote platformio.ini (esp32dev)");
    expect(listCpp(path.join(dir, ".ts-esp", "src")).length).toBeGreaterThan(0);
    const ini = readIni(dir);
    expect(ini).toMatch(/^src_dir = \.ts-esp\/src$/m);
    expect(ini).toContain("[env:esp32dev]\n");
    expect(ini).toMatch(/^board = esp32dev$/m);
    expect(ini).toMatch(/^platform = https:\/\/github\.com\/pioarduino\//m);
    expect(ini).toMatch(/^build_unflags = -std=gnu\+\+2b -std=gnu\+\+2a$/m);
    expect(ini).toMatch(/^build_flags = -std=gnu\+\+17$/m);
    const lib = /^lib_deps = symlink:\/\/(.+)$/m.exec(ini)![1];
    expect(fs.realpathSync(path.resolve(dir, lib))).toBe(fs.realpathSync(path.join(REPO, "runtime-cpp")));
  });

  test.each(["hello", "blink"])("examples/%s: the esp32dev output builds for a 32-bit MCU and prints what Node prints", async (example) => {
    const dir = copyExample(example, path.join(tmp, "m4"));
    expect(runCli(["build", dir, "--board", "esp32dev"]).status).toBe(0);
    const built = await buildForCortexM4({
      generatedDir: path.join(dir, ".ts-esp", "src"),
      outDir: path.join(dir, "m4"),
      runtimeDir: path.join(REPO, "runtime-cpp"),
      cacheDir: path.join(tmp, "m4-cache"),
    });
    if (!built.ok) throw new Error(built.log);
    const node = runCli(["run", "--node", dir], { env: { TSESP_PIN_TRACE: undefined } });
    const qemu = await runUnderQemu(built.elf);
    expect(qemu.stdout).toBe(node.stdout);
    expect(qemu.stderr).toBe(node.stderr); // the pin trace (blink) or nothing (hello)
    expect(qemu.status).toBe(0);
  });

  test("--core 2 uses espressif32 with gnu++11 unflagged", () => {
    const dir = copyExample("blink", tmp);
    const r = runCli(["build", dir, "--core", "2"]);
    expect(r.status).toBe(0);
    const ini = readIni(dir);
    expect(ini).toMatch(/^platform = espressif32@/m);
    expect(ini).toMatch(/^build_unflags = -std=gnu\+\+11$/m);
    expect(ini).toMatch(/^build_flags = -std=gnu\+\+17$/m);
  });

  test("several --board options: one env each, the first is the default", () => {
    const dir = path.join(tmp, "blink");
    const r = runCli(["build", dir, "--board", "esp32-s3-devkitc-1", "--board", "esp32-c3-devkitm-1"]);
    expect(r.status).toBe(0);
    const ini = readIni(dir);
    expect(ini).toMatch(/^default_envs = esp32-s3-devkitc-1$/m);
    expect(ini).toContain("[env:esp32-s3-devkitc-1]");
    expect(ini).toContain("[env:esp32-c3-devkitm-1]");
    expect(ini).not.toContain("[env:esp32dev]");
  });

  test("board and defines from ts-esp.json", () => {
    const dir = writeSketchProject(path.join(tmp, "configured"), "console.log(1);\n", {
      "ts-esp.json": JSON.stringify({ board: "esp32-c3-devkitm-1", defines: { CONFIG_ASYNC_TCP_QUEUE_SIZE: 64, TSESP_FLAG: true } }),
    });
    const r = runCli(["build", dir]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const ini = readIni(dir);
    expect(ini).toContain("[env:esp32-c3-devkitm-1]");
    expect(ini).toMatch(/^build_flags = -std=gnu\+\+17 -DCONFIG_ASYNC_TCP_QUEUE_SIZE=64 -DTSESP_FLAG=1$/m);
  });

  test("a single .ts file gets its project in .ts-esp/<name>", () => {
    const dir = path.join(tmp, "single");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "tick.ts"), "console.log(\"tick\");\n");
    const r = runCli(["build", "tick.ts"], { cwd: dir });
    expect(r.status).toBe(0);
    const project = path.join(dir, ".ts-esp", "tick");
    expect(readIni(project)).toMatch(/^src_dir = src$/m);
    expect(listCpp(path.join(project, "src")).length).toBeGreaterThan(0);
  });

  test("rebuilding removes generated files the sketch no longer produces", () => {
    const dir = writeSketchProject(path.join(tmp, "shrinking"), "import { two } from \"./two\";\nconsole.log(two);\n", {
      "src/two.ts": "export const two = 2;\n",
    });
    expect(runCli(["build", dir]).status).toBe(0);
    const before = listCpp(path.join(dir, ".ts-esp", "src"));
    fs.writeFileSync(path.join(dir, "src", "main.ts"), "console.log(2);\n");
    expect(runCli(["build", dir]).status).toBe(0);
    const after = listCpp(path.join(dir, ".ts-esp", "src"));
    expect(after.length).toBeLessThan(before.length);
  });

  test("a platformio.ini ts-esp did not write is never overwritten", () => {
    const dir = writeSketchProject(path.join(tmp, "foreign"), "console.log(1);\n", { "platformio.ini": "[env:mine]\n" });
    const r = runCli(["build", dir]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`ts-esp: ${path.join(dir, "platformio.ini")} was not written by ts-esp; move it away so 'ts-esp build' can write its own`]);
    expect(readIni(dir)).toBe("[env:mine]\n");
  });

  test("a sketch with errors: diagnostics, status 1, nothing written", () => {
    const dir = writeSketchProject(path.join(tmp, "broken"), "var x = 1;\nconsole.log(x);\n");
    const r = runCli(["build", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error TSESP2011");
    expect(fs.existsSync(path.join(dir, "platformio.ini"))).toBe(false);
    expect(fs.existsSync(path.join(dir, ".ts-esp", "src"))).toBe(false);
  });

  test("an empty project: one line, status 1", () => {
    const dir = path.join(tmp, "empty");
    fs.mkdirSync(dir);
    const r = runCli(["build", dir]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`ts-esp: '${dir}' is not a sketch: it has no src/main.ts (run 'ts-esp init' to start one)`]);
  });

  test("an unknown board in ts-esp.json: one line, status 2", () => {
    const dir = writeSketchProject(path.join(tmp, "badboard"), "console.log(1);\n", { "ts-esp.json": "{\"board\": \"uno\"}" });
    const r = runCli(["build", dir]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(["ts-esp: unknown board 'uno' (known: esp32-c3-devkitm-1, esp32-s3-devkitc-1, esp32dev)"]);
  });
});
