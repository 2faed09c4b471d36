// CONFIG_ASYNC_TCP_* from a sketch's ts-esp.json: bad values are refused with one line per key
// (key, value, allowed range; exit 1); good ones become build_flags in the generated platformio.ini
// and reach the native runtime library, where the host FreeRTOS port's task trace
// (TSESP_TASK_TRACE=1) shows the async_tcp task created with the configured stack, priority and core.
import * as fs from "node:fs";
import * as path from "node:path";
import { makeTemp, removeTemp, runCli, runCliAsync, writeSketchProject } from "../cli/support";

const SKETCH = path.join(__dirname, "sketches", "async-config");
const REFUSED = ["probing: true", "refused: -14 Connection reset", "probe done", ""].join("\n");
const MAIN = fs.readFileSync(path.join(SKETCH, "src", "main.ts"), "utf8");

let tmp: string;
beforeAll(() => (tmp = makeTemp("async-config")));
afterAll(() => removeTemp(tmp));

/** A copy of the sketch in a fresh folder with `config` as its ts-esp.json. */
function makeSketch(name: string, config: string): string {
  return writeSketchProject(path.join(tmp, name), MAIN, { "ts-esp.json": config });
}

describe("CONFIG_ASYNC_TCP_* in ts-esp.json", () => {
  test("out-of-range and unknown flags: one line each naming key, value and range; exit 1", () => {
    const dir = makeSketch(
      "bad",
      JSON.stringify({
        defines: {
          CONFIG_ASYNC_TCP_STACK_SIZE: 1024,
          CONFIG_ASYNC_TCP_PRIORITY: 25,
          CONFIG_ASYNC_TCP_RUNNING_CORE: 2,
          CONFIG_ASYNC_TCP_QUEUE_SIZE: 12.5,
          CONFIG_ASYNC_TCP_MAX_ACK_TIME: -1,
          CONFIG_ASYNC_TCP_USE_WDT: "maybe",
          CONFIG_ASYNC_TCP_POLL_TIMER: 2,
          TSESP_OTHER: 1,
        },
      }),
    );
    for (const command of ["check", "build", "run"]) {
      const r = runCli([command, dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        [
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_STACK_SIZE" is 1024; allowed: an integer from 2048 to 65536 (stack of the async_tcp task in bytes; default 16384)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_PRIORITY" is 25; allowed: an integer from 1 to 24 (FreeRTOS priority of the async_tcp task; default 10)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_RUNNING_CORE" is 2; allowed: an integer from -1 to 1 (core the async_tcp task runs on: 0, 1, or -1 for any; default -1)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_QUEUE_SIZE" is 12.5; allowed: an integer from 8 to 4096 (event queue threshold at which poll events are dropped; default 64)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_MAX_ACK_TIME" is -1; allowed: an integer from 0 to 3600000 (initial ack timeout of every connection in ms, 0 = off; default 5000)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_USE_WDT" is "maybe"; allowed: true, false, 1 or 0 (1/true subscribes the async_tcp task to the task watchdog; default 1)',
          'ts-esp: ts-esp.json: "defines"."CONFIG_ASYNC_TCP_POLL_TIMER" is not a settable AsyncTCP flag; settable: CONFIG_ASYNC_TCP_STACK_SIZE, CONFIG_ASYNC_TCP_PRIORITY, CONFIG_ASYNC_TCP_RUNNING_CORE, CONFIG_ASYNC_TCP_QUEUE_SIZE, CONFIG_ASYNC_TCP_MAX_ACK_TIME, CONFIG_ASYNC_TCP_USE_WDT',
          "",
        ].join("\n"),
      );
    }
  });

  test("valid flags become build_flags of every env in platformio.ini (booleans as 1/0)", () => {
    const dir = makeSketch("good", fs.readFileSync(path.join(SKETCH, "ts-esp.json"), "utf8"));
    const r = runCli(["build", dir, "--board", "esp32dev", "--core", "2"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const ini = fs.readFileSync(path.join(dir, "platformio.ini"), "utf8");
    const flags = ini.split("\n").filter((l) => l.startsWith("build_flags = "));
    expect(flags).toHaveLength(1);
    for (const flag of [
      "-DCONFIG_ASYNC_TCP_STACK_SIZE=12288",
      "-DCONFIG_ASYNC_TCP_PRIORITY=7",
      "-DCONFIG_ASYNC_TCP_RUNNING_CORE=1",
      "-DCONFIG_ASYNC_TCP_QUEUE_SIZE=128",
      "-DCONFIG_ASYNC_TCP_MAX_ACK_TIME=3000",
      "-DCONFIG_ASYNC_TCP_USE_WDT=0",
    ]) {
      expect(flags[0].split(" ")).toContain(flag);
    }
  });

  test("natively the runtime library is built with them: the async_tcp task gets the configured stack, priority and core", async () => {
    const r = await runCliAsync(["run", SKETCH], { env: { TSESP_TASK_TRACE: "1" } });
    expect(r.stdout).toBe(REFUSED);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('FreeRTOS: created task "async_tcp": stack 12288 bytes, priority 7, core 1\n');
  });

  test("without them the same sketch gets AsyncTCP's defaults (a separately cached runtime library)", async () => {
    const dir = makeSketch("defaults", '{ "board": "esp32dev" }');
    const r = await runCliAsync(["run", dir], { env: { TSESP_TASK_TRACE: "1" } });
    expect(r.stdout).toBe(REFUSED);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('FreeRTOS: created task "async_tcp": stack 16384 bytes, priority 10, core any\n');
  });

  test("under --node the sketch prints the same lines", async () => {
    const r = await runCliAsync(["run", "--node", SKETCH]);
    expect(r.stdout).toBe(REFUSED);
    expect(r.status).toBe(0);
  });
});
