// The PlatformIO side: boards/*.json are complete, emit/platformio.ts prints the env each board and
// core needs, and the repository's own platformio.ini and CI workflow stay in step with them.
import * as fs from "node:fs";
import * as path from "node:path";
import { listBoards, loadBoard, printPlatformioIni, GENERATED_MARKER } from "../../compiler/src/emit/platformio";
import { REPO } from "./support";

const BOARDS_DIR = path.join(REPO, "boards");

/** Section name -> key -> value of an .ini text (continuation lines are not used in ours). */
function parseIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith(";")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) sections.set(header[1], (current = new Map()));
    else if (current) {
      const eq = line.indexOf("=");
      current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
  }
  return sections;
}

/** A key of an env, following `extends` like PlatformIO (first parent that has it wins). */
function lookup(ini: Map<string, Map<string, string>>, section: string, key: string): string | undefined {
  const own = ini.get(section);
  if (!own) return undefined;
  if (own.has(key)) return own.get(key);
  for (const parent of (own.get("extends") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const found = lookup(ini, parent, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe("boards", () => {
  test("the three ESP32 families are there", () => {
    expect(listBoards(BOARDS_DIR)).toEqual(expect.arrayContaining(["esp32dev", "esp32-s3-devkitc-1", "esp32-c3-devkitm-1"]));
  });

  test.each(listBoards(BOARDS_DIR))("%s is complete", (name) => {
    const board = loadBoard(BOARDS_DIR, name)!;
    expect(board.name).toBe(name);
    expect(board.pioBoard).toMatch(/^[a-z0-9-]+$/);
    expect(["2", "3"]).toContain(board.defaultCore);
    expect(board.cores["2"].platform).toMatch(/^espressif32@/);
    expect(board.cores["2"].buildUnflags).toEqual(["-std=gnu++11"]);
    expect(board.cores["3"].platform).toMatch(/^https:\/\/github\.com\/pioarduino\/platform-espressif32\//);
    for (const core of ["2", "3"] as const) expect(board.cores[core].buildFlags).toContain("-std=gnu++17");
  });

  test("unknown and malformed names are not boards", () => {
    expect(loadBoard(BOARDS_DIR, "nope")).toBeUndefined();
    expect(loadBoard(BOARDS_DIR, "../package")).toBeUndefined();
  });
});

describe("printPlatformioIni", () => {
  const esp32dev = loadBoard(BOARDS_DIR, "esp32dev")!;
  const c3 = loadBoard(BOARDS_DIR, "esp32-c3-devkitm-1")!;

  test("one env per board with src_dir, the runtime library, flags and defines", () => {
    const text = printPlatformioIni({
      srcDir: ".ts-esp/src",
      runtimeDir: "../runtime-cpp",
      envs: [{ board: esp32dev, core: "2" }, { board: c3, core: "3" }],
      defines: { CONFIG_ASYNC_TCP_STACK_SIZE: 16384 },
    });
    expect(text.startsWith(GENERATED_MARKER)).toBe(true);
    const ini = parseIni(text);
    expect(ini.get("platformio")!.get("src_dir")).toBe(".ts-esp/src");
    expect(ini.get("platformio")!.get("default_envs")).toBe("esp32dev");
    const core2 = ini.get("env:esp32dev")!;
    expect(core2.get("platform")).toBe(esp32dev.cores["2"].platform);
    expect(core2.get("board")).toBe("esp32dev");
    expect(core2.get("framework")).toBe("arduino");
    expect(core2.get("lib_deps")).toBe("symlink://../runtime-cpp");
    expect(core2.get("build_unflags")).toBe("-std=gnu++11");
    expect(core2.get("build_flags")).toBe("-std=gnu++17 -DCONFIG_ASYNC_TCP_STACK_SIZE=16384");
    const core3 = ini.get("env:esp32-c3-devkitm-1")!;
    expect(core3.get("platform")).toBe(c3.cores["3"].platform);
    expect(core3.get("build_unflags")).toBe("-std=gnu++2b -std=gnu++2a");
  });
});

describe("the repository's platformio.ini and CI", () => {
  const ini = parseIni(fs.readFileSync(path.join(REPO, "platformio.ini"), "utf8"));
  const boards = listBoards(BOARDS_DIR).map((name) => loadBoard(BOARDS_DIR, name)!);

  test("every example builds for every board on both cores, with the boards' flags", () => {
    for (const example of ["blink", "hello"]) {
      expect(lookup(ini, example, "build_src_filter")).toBe(`-<*> +<${example}/.ts-esp/src/>`);
      for (const board of boards) {
        for (const core of ["2", "3"] as const) {
          const env = `env:${example}-${board.name}${core === "2" ? "-core2" : ""}`;
          expect(ini.has(env)).toBe(true);
          expect(lookup(ini, env, "board")).toBe(board.pioBoard);
          expect(lookup(ini, env, "platform")).toBe(board.cores[core].platform);
          expect(lookup(ini, env, "build_unflags")).toBe(board.cores[core].buildUnflags.join(" "));
          expect(lookup(ini, env, "build_flags")).toBe(board.cores[core].buildFlags.join(" "));
          expect(lookup(ini, env, "lib_deps")).toBe("symlink://runtime-cpp");
          expect(lookup(ini, env, "build_src_filter")).toContain(`${example}/.ts-esp/src`);
        }
      }
    }
    expect(ini.get("platformio")!.get("src_dir")).toBe("examples");
  });

  test("the plain C++ example builds for every board on both cores, from its own folder", () => {
    for (const board of boards) {
      for (const core of ["2", "3"] as const) {
        const env = `env:cpp-echo-server-${board.name}${core === "2" ? "-core2" : ""}`;
        expect(lookup(ini, env, "board")).toBe(board.pioBoard);
        expect(lookup(ini, env, "platform")).toBe(board.cores[core].platform);
        expect(lookup(ini, env, "build_src_filter")).toBe("+<*>");
      }
    }
    expect(fs.existsSync(path.join(REPO, "examples", "cpp-echo-server", "cpp-echo-server.ino"))).toBe(true);
  });

  test("CI runs npm test and compiles each example env with pio run", () => {
    const ci = fs.readFileSync(path.join(REPO, ".github", "workflows", "ci.yml"), "utf8");
    expect(ci).toContain(".ci/run");
    expect(ci).toContain("node bin/ts-esp.js build \"examples/$example\"");
    expect(ci).toContain("pio run -e \"$example-${{ matrix.board }}${{ matrix.core }}\"");
    expect(ci).toContain("PLATFORMIO_SRC_DIR=examples/cpp-echo-server pio run -e \"cpp-echo-server-${{ matrix.board }}${{ matrix.core }}\"");
    for (const board of boards) expect(ci).toContain(board.name);
  });
});
