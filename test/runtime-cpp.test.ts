// runtime-cpp's C++ test suite (doctest, registered with ctest by runtime-cpp/test/CMakeLists.txt),
// built with CMake and run once per configuration: plain and ASan+UBSan with lwIP's core lock, and
// TSan without it (the device mode of Arduino core 2.x/3.0: every lwIP call marshalled onto the
// tcpip thread, any other entry aborts), so both modes run and the cross-thread hand-off is raced.
// Three builds rather than four keep a fresh run within the CI budget. Build directories are cached
// under node_modules/.cache/ts-esp/ctest/<variant>, so a rerun rebuilds only what changed. Any
// failing or timed-out C++ test fails the variant.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..");
const cacheDir = path.join(process.env.TSESP_CACHE_DIR ?? path.join(root, "node_modules", ".cache", "ts-esp"), "ctest");

interface Variant {
  name: string;
  cmakeArgs: string[];
}

const variants: Variant[] = [
  { name: "plain", cmakeArgs: ["-DTSESP_SANITIZE=none"] },
  { name: "asan-ubsan", cmakeArgs: ["-DTSESP_SANITIZE=address"] },
  { name: "tsan-no-core-lock", cmakeArgs: ["-DTSESP_SANITIZE=thread", "-DTSESP_CORE_LOCKING=OFF"] },
];

function run(command: string, args: string[]): { status: number; output: string } {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? 1, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

function tail(text: string, lines: number): string {
  return text.split("\n").slice(-lines).join("\n");
}

describe("runtime-cpp C++ tests (ctest)", () => {
  test.each(variants)("$name", ({ name, cmakeArgs }) => {
    const buildDir = path.join(cacheDir, name);
    fs.mkdirSync(buildDir, { recursive: true });
    const generator = fs.existsSync("/usr/bin/ninja") ? ["-G", "Ninja"] : [];
    const configure = run("cmake", ["-S", "runtime-cpp", "-B", buildDir, ...generator, "-DCMAKE_BUILD_TYPE=RelWithDebInfo", ...cmakeArgs]);
    if (configure.status !== 0) throw new Error(`cmake configure (${name}) failed:\n${tail(configure.output, 80)}`);
    const build = run("nice", ["-n", "10", "cmake", "--build", buildDir, "-j", "2"]);
    if (build.status !== 0) throw new Error(`build (${name}) failed:\n${tail(build.output, 120)}`);
    const ctest = run("ctest", ["--test-dir", buildDir, "--output-on-failure", "-j", "2", "--timeout", "300"]);
    if (ctest.status !== 0) throw new Error(`ctest (${name}) failed:\n${tail(ctest.output, 200)}`);
    expect(ctest.output).toMatch(/100% tests passed/);
  }, 45 * 60 * 1000);
});
