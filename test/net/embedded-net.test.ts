// The networking examples' generated C++ builds for a 32-bit MCU: every example that uses the net API
// (AsyncServer/AsyncClient/WiFi) is compiled by ts-esp, then its generated .cpp files, the net runtime
// (runtime-cpp/src/tsesp_net) and AsyncTCP (src/async_tcp) are compiled with the embedded proxy
// toolchain (arm-none-eabi-g++, Cortex-M4, picolibc, -fno-exceptions -fno-rtti, -Wall -Wextra -Werror;
// shared/spec/embedded-proxy.md) in the device-like configuration of runtime-cpp's
// async_tcp_arm_proxy_build_test (no lwIP core lock, pinned task, task watchdog, DNS), with the
// example's own CONFIG_ASYNC_TCP_* from its ts-esp.json. Compile only: the proxy has no lwIP,
// FreeRTOS or WiFi to link against (their declarations come from the stand-ins below).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execCapture } from "../../compiler/src/embedded/exec";
import { COMPILE_FLAGS, CXX, includeFlags } from "../../compiler/src/embedded/toolchain";
import { mapLimited } from "../../compiler/src/native/mapLimited";
import { compileSketch } from "../../compiler/src/pipeline";
import { asyncTcpDefines } from "../../compiler/src/project/asyncTcpConfig";
import { readTsEspConfig } from "../../compiler/src/project/config";

const REPO = path.resolve(__dirname, "..", "..");
const RUNTIME = path.join(REPO, "runtime-cpp");
const ARM_PROXY = path.join(RUNTIME, "test", "async_tcp_arm_proxy");

/** Include folders after the semihost port's (its Arduino.h wins): the ESP32 core's WiFi.h and
 * IPAddress.h as the PC port declares them, FreeRTOS/ESP-IDF stand-ins, a device-like lwipopts.h
 * and Debian's lwIP headers. */
const NET_INCLUDES = [path.join(RUNTIME, "port", "host", "arduino"), ARM_PROXY, path.join(ARM_PROXY, "device-lwip"), "/usr/include/lwip"];
const DEVICE_FLAGS = ["-DTSESP_ASYNC_TCP_USE_CORE_LOCK=0", "-DCONFIG_ASYNC_TCP_RUNNING_CORE=1"];

/** The examples whose sketch names the net API. */
function netExamples(): string[] {
  const dir = path.join(REPO, "examples");
  return fs
    .readdirSync(dir)
    .filter((name) => {
      const main = path.join(dir, name, "src", "main.ts");
      return fs.existsSync(main) && /\b(AsyncServer|AsyncClient)\b/.test(fs.readFileSync(main, "utf8"));
    })
    .sort();
}

function cppFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".cpp")).sort().map((f) => path.join(dir, f));
}

/** Compiles `sources` with `flags` into `outDir` (two at a time); the failures' messages, or warnings. */
async function compileAll(sources: string[], flags: string[], outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const results = await mapLimited(sources, 2, (source, i) => execCapture(CXX, [...flags, "-c", source, "-o", path.join(outDir, `${i}.o`)]));
  return results.map((r, i) => (r.status !== 0 || r.stderr !== "" ? `${sources[i]}:\n${r.stderr}` : "")).filter(Boolean);
}

/** The net runtime and AsyncTCP, compiled once per set of AsyncTCP defines. */
const runtimeBuilds = new Map<string, Promise<string[]>>();
function compileRuntime(defines: string[]): Promise<string[]> {
  const key = defines.join(" ");
  let build = runtimeBuilds.get(key);
  if (!build) {
    const sources = [...cppFiles(path.join(RUNTIME, "src", "tsesp_net")), ...cppFiles(path.join(RUNTIME, "src", "async_tcp"))];
    const flags = [...COMPILE_FLAGS, ...DEVICE_FLAGS, ...defines, ...includeFlags(RUNTIME), ...NET_INCLUDES.map((d) => `-I${d}`)];
    build = compileAll(sources, flags, path.join(tmp, `runtime-${runtimeBuilds.size}`));
    runtimeBuilds.set(key, build);
  }
  return build;
}

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ts-esp-net-m4-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the examples include at least echo-server and tcp-client", () => {
  expect(netExamples()).toEqual(expect.arrayContaining(["echo-server", "tcp-client"]));
});

describe.each(netExamples())("examples/%s for Cortex-M4", (name) => {
  test("its generated C++ and the net runtime compile warning-free", async () => {
    const example = path.join(REPO, "examples", name);
    const compiled = compileSketch(example);
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const generated = path.join(tmp, name, "src");
    for (const file of compiled.files ?? []) {
      fs.mkdirSync(path.dirname(path.join(generated, file.path)), { recursive: true });
      fs.writeFileSync(path.join(generated, file.path), file.contents);
    }
    const config = readTsEspConfig(example);
    if (!config.ok) throw new Error(config.diagnostics.map((d) => d.message).join("\n"));
    const defines = Object.entries(asyncTcpDefines(config.config.defines)).map(([k, v]) => `-D${k}=${v}`);
    const flags = [...COMPILE_FLAGS, ...DEVICE_FLAGS, ...defines, ...includeFlags(RUNTIME), ...NET_INCLUDES.map((d) => `-I${d}`), `-I${generated}`];
    const sources = cppFiles(generated);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(await compileAll(sources, flags, path.join(tmp, name, "obj"))).toEqual([]);
    expect(await compileRuntime(defines)).toEqual([]);
  });
});
