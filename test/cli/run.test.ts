// `ts-esp run` natively: the same sketches as run-node.test.ts, built with g++ against runtime-cpp's
// host port, must print byte for byte what Node prints and exit with the same status; blink's pin
// trace is asserted; a second run reuses the build; a missing compiler is one clear line.
import * as fs from "node:fs";
import * as path from "node:path";
import * as net from "node:net";
import { copyExample, lines, makeTemp, removeTemp, runCli, runCliUntil, startCli } from "./support";

const SKETCHES = path.join(__dirname, "sketches");

describe("ts-esp run (native)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("run");
  });
  afterAll(() => removeTemp(tmp));

  test("examples/blink: output and the exact pin trace", () => {
    const trace = path.join(tmp, "blink.trace");
    const r = runCli(["run", "examples/blink"], { env: { TSESP_PIN_TRACE: trace } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("blinked 3 times\n");
    const expected = ["pinMode 2 OUTPUT", "digitalWrite 2 LOW"];
    for (let i = 0; i < 6; i++) expected.push(`digitalWrite 2 ${i % 2 === 0 ? "HIGH" : "LOW"}`);
    expect(lines(fs.readFileSync(trace, "utf8"))).toEqual(expected);
  });

  test.each([
    ["examples/hello", {}],
    ["test/cli/sketches/serial.ts", {}],
    ["test/cli/sketches/pins.ts", { TSESP_ANALOG_34: "1234", TSESP_ANALOG_35: "99999" }],
    ["test/cli/sketches/time.ts", {}],
    ["test/cli/sketches/multi-file", {}],
    ["test/cli/sketches/crash.ts", {}],
  ])("%s: same stdout and status as under Node", (target, env) => {
    const traces = { TSESP_PIN_TRACE: path.join(tmp, "native.trace") };
    const native = runCli(["run", target], { env: { ...env, ...traces } });
    const node = runCli(["run", "--node", target], { env: { ...env, TSESP_PIN_TRACE: path.join(tmp, "node.trace") } });
    expect(native.stdout).toBe(node.stdout);
    expect(native.status).toBe(node.status);
    if (fs.existsSync(path.join(tmp, "node.trace"))) {
      expect(fs.readFileSync(traces.TSESP_PIN_TRACE, "utf8")).toBe(fs.readFileSync(path.join(tmp, "node.trace"), "utf8"));
    }
  });

  test("the crash sketch's status passes through", () => {
    const r = runCli(["run", path.join(SKETCHES, "crash.ts")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("before\n1\n");
    expect(r.stderr).toContain("TypeError");
  });

  test("top-level, then setup(), then loop() with timers in between", async () => {
    const stdout = await runCliUntil(["run", path.join(SKETCHES, "setup-loop.ts")], "timers ran between loops");
    expect(stdout).toBe("top-level\nsetup 0 0\nloop 1\nloop 2\nloop 3\ntimers ran between loops\n");
  });

  test("a second run reuses the generated C++ and starts fast", () => {
    const dir = copyExample("hello", tmp);
    const firstStarted = Date.now();
    const first = runCli(["run", dir]);
    const firstSeconds = (Date.now() - firstStarted) / 1000;
    expect(first.status).toBe(0);
    const generated = path.join(dir, ".ts-esp", "src");
    const stamps = fs.readdirSync(generated).map((f) => fs.statSync(path.join(generated, f)).mtimeMs);
    const started = Date.now();
    const second = runCli(["run", dir]);
    const seconds = (Date.now() - started) / 1000;
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(fs.readdirSync(generated).map((f) => fs.statSync(path.join(generated, f)).mtimeMs)).toEqual(stamps);
    // The machine is shared and loaded: "fast" is relative to the first run (TS compile + C++ build),
    // with a bound that only a rebuild could exceed. The mtimes above show nothing was regenerated.
    expect(seconds).toBeLessThan(firstSeconds);
    expect(seconds).toBeLessThan(10);
  });

  test("--sanitize address: the same output from an ASan+UBSan build", () => {
    const dir = path.join(tmp, "hello");
    const plain = runCli(["run", dir]);
    const sanitized = runCli(["run", "--sanitize", "address", dir]);
    expect(sanitized.stderr).toBe("");
    expect(sanitized.status).toBe(0);
    expect(sanitized.stdout).toBe(plain.stdout);
    expect(fs.existsSync(path.join(dir, ".ts-esp", "bin", "sketch-address"))).toBe(true);
  });

  test("an edited sketch is recompiled", () => {
    const dir = path.join(tmp, "hello");
    const main = path.join(dir, "src", "main.ts");
    fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace("Hello from ts-esp", "Edited"));
    const r = runCli(["run", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Edited");
  });

  test("a sketch with errors: diagnostics and status 1, nothing runs", () => {
    const dir = path.join(tmp, "broken");
    fs.mkdirSync(path.join(dir, "src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "src", "main.ts"), "console.log(\"ran\");\nvar x = 1;\n");
    const r = runCli(["run", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("src/main.ts:2:1 - error TSESP2011");
  });

  test("no g++ on PATH: one line, status 1", () => {
    const bin = path.join(tmp, "empty-bin");
    fs.mkdirSync(bin);
    const r = runCli(["run", "examples/hello"], { env: { PATH: bin } });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(["ts-esp: g++ not found on PATH; it is needed to build the sketch for the PC (install it, e.g. with scripts/setup.sh)"]);
  });

  test("no cmake on PATH: one line, status 1", () => {
    const bin = path.join(tmp, "gxx-only-bin");
    fs.mkdirSync(bin);
    fs.symlinkSync("/usr/bin/g++", path.join(bin, "g++"));
    const r = runCli(["run", "examples/hello"], { env: { PATH: bin } });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^ts-esp: cmake not found on PATH/)]);
  });

  test("an empty project: one line, status 1", () => {
    const dir = path.join(tmp, "empty");
    fs.mkdirSync(dir);
    const r = runCli(["run", dir]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a sketch: it has no src\/main\.ts/);
  });

  test("a plain Arduino C++ sketch folder: .ino + header, Serial, pins, exit status", () => {
    const trace = path.join(tmp, "cpp.trace");
    const r = runCli(["run", path.join(SKETCHES, "cpp-hello")], { env: { TSESP_PIN_TRACE: trace } });
    expect(r.stdout).toBe("hello from C++\r\nloop 1\r\nloop 2\r\nloop 3\r\n");
    expect(r.status).toBe(3);
    expect(lines(fs.readFileSync(trace, "utf8"))).toEqual(["pinMode 2 OUTPUT", "digitalWrite 2 HIGH", "digitalWrite 2 LOW", "digitalWrite 2 HIGH"]);
  });

  test("a single .ino file", () => {
    const r = runCli(["run", path.join(SKETCHES, "cpp-hello", "cpp-hello.ino")], { env: { TSESP_PIN_TRACE: "/dev/null" } });
    expect(r.status).toBe(3);
    expect(r.stdout.split("\r\n")[0]).toBe("hello from C++");
  });

  test("C++ compile errors point at the user's .ino", () => {
    const dir = path.join(tmp, "bad-ino");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "bad.ino"), "void setup() {}\nvoid loop() { undeclared(); }\n");
    const r = runCli(["run", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, "bad.ino")}:2:`);
    expect(r.stderr.trim().split("\n").pop()).toBe("ts-esp: the native build failed");
  });

  test.each([["check"], ["build"], ["run", "--node"]])("'%s' on a C++ sketch: one line, status 1", (...command) => {
    const r = runCli([...command, path.join(SKETCHES, "cpp-hello")]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/is an Arduino C\+\+ sketch; only 'ts-esp run' and 'clean' take those$/)]);
  });

  test("examples/cpp-echo-server with --forward: a real TCP client on 127.0.0.1 gets its bytes back", async () => {
    const cli = startCli(["run", "examples/cpp-echo-server", "--forward", "0:7"]);
    try {
      const forwarded = await cli.waitFor("stderr", /forwarding 127\.0\.0\.1:(\d+) -> guest port 7/);
      await cli.waitFor("stdout", /listening/);
      const port = Number(forwarded[1]);
      const payload = "hello, echo\n".repeat(100);
      const echoed = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1", () => socket.write(payload));
        let received = "";
        socket.on("data", (chunk) => {
          received += chunk.toString();
          if (received.length >= payload.length) {
            socket.end();
            resolve(received);
          }
        });
        socket.on("error", reject);
        setTimeout(() => reject(new Error(`echo timed out after ${received.length} bytes`)), 20_000);
      });
      expect(echoed).toBe(payload);
    } finally {
      cli.kill();
    }
  });
});
