// `ts-esp check`: clean sketches pass silently; subset and type errors print in the catalog's format
// (file:line:col - error CODE: message (hint: ...) plus a code frame) with status 1.
import * as path from "node:path";
import { lines, makeTemp, removeTemp, runCli, writeSketchProject } from "./support";

describe("ts-esp check", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTemp("check");
  });
  afterAll(() => removeTemp(tmp));

  test.each(["examples/blink", "examples/hello", "test/cli/sketches/serial.ts"])("%s passes", (target) => {
    const r = runCli(["check", target]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });

  test("the working directory by default", () => {
    const r = runCli(["check"], { cwd: path.join(__dirname, "..", "..", "examples", "hello") });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("a subset error: location, code, hint and code frame", () => {
    const dir = writeSketchProject(path.join(tmp, "with-var"), "let ok = 1;\nvar x = ok + 1;\nconsole.log(x);\n");
    const r = runCli(["check", "."], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("src/main.ts:2:1 - error TSESP2011: 'var' declarations are not supported (hint: use `let` or `const`)");
    expect(r.stderr).toContain("2 | var x = ok + 1;");
    expect(r.stderr).toContain("Found 1 error.");
  });

  test("a TypeScript error under strict", () => {
    const dir = writeSketchProject(path.join(tmp, "type-error"), "const n: number = \"text\";\nconsole.log(n);\n");
    const r = runCli(["check", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/main\.ts:1:7 - error TS2322: /);
  });

  test("an empty project: one line, status 1", () => {
    const r = runCli(["check", tmp]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`ts-esp: '${tmp}' is not a sketch: it has no src/main.ts (run 'ts-esp init' to start one)`]);
  });

  test("a missing path: one line, status 1", () => {
    const r = runCli(["check", "nowhere.ts"]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(["ts-esp: cannot find 'nowhere.ts'"]);
  });
});
