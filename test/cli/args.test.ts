// ts-esp's argument handling: usage, --help, --version, and every kind of bad argument gives exactly
// one line on stderr and a non-zero status.
import { lines, runCli } from "./support";

describe("ts-esp arguments", () => {
  test("no command prints usage and fails", () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Usage: ts-esp <command>");
    for (const name of ["init", "check", "build", "run", "clean"]) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  test("--help and help succeed", () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = runCli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Commands:");
    }
  });

  test("--version prints package.json's version", () => {
    const r = runCli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(require("../../package.json").version);
  });

  test("each command has --help", () => {
    for (const name of ["init", "check", "build", "run", "clean"]) {
      const r = runCli([name, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: ts-esp ${name}`));
      expect(r.stderr).toBe("");
    }
  });

  test.each([
    [["bogus"], /^ts-esp: unknown command 'bogus' \(commands: init, check, build, run, clean\)$/],
    [["build", "--frob"], /^ts-esp: build: unknown option '--frob' \(see 'ts-esp build --help'\)$/],
    [["run", "a.ts", "b.ts"], /^ts-esp: run: unexpected argument 'b.ts'/],
    [["check", "x", "y"], /^ts-esp: check: unexpected argument 'y'/],
    [["init", "--board"], /^ts-esp: init: option '--board <value>' argument missing/],
    [["clean", "--node"], /^ts-esp: clean: unknown option '--node'/],
    [["build", "examples/hello", "--board", "nope"], /^ts-esp: unknown board 'nope' \(known: esp32-c3-devkitm-1, esp32-s3-devkitc-1, esp32dev\)$/],
    [["build", "examples/hello", "--core", "4"], /^ts-esp: unknown Arduino core '4' \(use 2 or 3\)$/],
    [["run", "--sanitize", "memory", "examples/hello"], /^ts-esp: unknown sanitizer 'memory'/],
    [["run", "--node", "--sanitize", "address", "examples/hello"], /^ts-esp: run: --sanitize applies to native runs/],
    [["run", "--forward", "8080", "examples/hello"], /^ts-esp: bad --forward '8080' \(use HOST:GUEST ports/],
    [["run", "--node", "--forward", "1:70000", "examples/hello"], /^ts-esp: bad --forward '1:70000'/],
    [["run", "--forward", "80:0", "examples/hello"], /^ts-esp: bad --forward '80:0'/],
  ])("usage error %j: one line, status 2", (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stdout).toBe("");
  });
});
