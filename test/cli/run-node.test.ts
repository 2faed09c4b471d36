// `ts-esp run --node`: the Node implementation of the ts-esp API (compiler/src/node/) against the
// device's semantics: Serial bytes, pin trace lines, delay blocking timers, top-level -> setup() ->
// loop() with timers in between, exit statuses, and one-line failures.
import * as fs from "node:fs";
import * as path from "node:path";
import { lines, makeTemp, removeTemp, runCli, runCliUntil } from "./support";

const SKETCHES = path.join(__dirname, "sketches");
const sketch = (name: string): string => path.join(SKETCHES, name);

describe("ts-esp run --node", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("run-node");
  });
  afterAll(() => removeTemp(tmp));

  test("Serial prints like console.log and println ends in CR LF", () => {
    const r = runCli(["run", "--node", sketch("serial.ts")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("a1.5-0true\r\n42\r\nend\r\nconsole 1 x\n");
  });

  test("pins: reads, writes and the trace file", () => {
    const trace = path.join(tmp, "pins.trace");
    const r = runCli(["run", "--node", sketch("pins.ts")], {
      env: { TSESP_PIN_TRACE: trace, TSESP_ANALOG_34: "1234", TSESP_ANALOG_35: "99999", TSESP_ANALOG_36: undefined },
    });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(["1", "0", "1", "0", "1234", "4095", "0"]);
    expect(lines(fs.readFileSync(trace, "utf8"))).toEqual([
      "pinMode 4 INPUT_PULLUP",
      "pinMode 5 OUTPUT",
      "digitalWrite 5 HIGH",
      "digitalWrite 5 LOW",
    ]);
  });

  test("without $TSESP_PIN_TRACE the trace goes to stderr", () => {
    const r = runCli(["run", "--node", sketch("pins.ts")], { env: { TSESP_PIN_TRACE: undefined } });
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual(["pinMode 4 INPUT_PULLUP", "pinMode 5 OUTPUT", "digitalWrite 5 HIGH", "digitalWrite 5 LOW"]);
  });

  test("millis/micros advance with delay, and no timer runs during delay", () => {
    const r = runCli(["run", "--node", sketch("time.ts")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(["true", "true", "fired during delay: false", "timeout ran after the delay: true"]);
  });

  test("top-level, then setup(), then loop() with timers serviced between calls", async () => {
    const stdout = await runCliUntil(["run", "--node", sketch("setup-loop.ts")], "timers ran between loops");
    expect(stdout).toBe("top-level\nsetup 0 0\nloop 1\nloop 2\nloop 3\ntimers ran between loops\n");
  });

  test("an uncaught error: output so far, the error with its .ts line on stderr, status 1", () => {
    const r = runCli(["run", "--node", sketch("crash.ts")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("before\n1\n");
    expect(r.stderr).toContain("TypeError: Cannot read properties of undefined (reading 'value')");
    expect(r.stderr).toContain(`${sketch("crash.ts")}:8:`);
  });

  test("a project folder with imports between modules", () => {
    const r = runCli(["run", "--node", sketch("multi-file")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("hello, board 0\nhello, board 1\n");
  });

  test("a syntax error: file:line:col on stderr, status 1", () => {
    const r = runCli(["run", "--node", sketch("syntax-error.ts")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/syntax-error\.ts:2:11 - error: /);
  });

  test.each([
    [["run", "--node", "no/such/sketch.ts"], "ts-esp: cannot find 'no/such/sketch.ts'"],
    [["run", "--node", "package.json"], "ts-esp: 'package.json' is not a sketch file (pass a .ts, .ino or .cpp file, or a project folder)"],
    [["run", "--node", "compiler"], "ts-esp: 'compiler' is not a sketch: it has no src/main.ts (run 'ts-esp init' to start one)"],
  ])("%j: one line, status 1", (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([message]);
  });

  test("an empty project folder: one line, status 1", () => {
    const empty = path.join(tmp, "empty");
    fs.mkdirSync(empty);
    const r = runCli(["run", "--node", empty]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^ts-esp: '.*empty' is not a sketch: it has no src\/main\.ts/);
  });
});
