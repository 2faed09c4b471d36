// Fixed-width numbers on the device (docs/numbers.md): test/cli/sketches/fixedwidth-wrap.ts stores
// values outside each type's range. Natively (plain and ASan+UBSan) every stored value must be what
// the matching JS typed array stores (Uint8Array, Int8Array, ..., Math.fround for f32), computed here
// in the test; under Node the same lines show the plain numbers; `ts-esp check` warns at each store
// (TSESP3001-3004) and still exits 0.
import * as fs from "node:fs";
import * as path from "node:path";
import { lines, makeTemp, removeTemp, runCli, writeSketchProject } from "./support";

const SKETCH = path.join("test", "cli", "sketches", "fixedwidth-wrap.ts");

const u8 = (x: number) => new Uint8Array([x])[0];
const i8 = (x: number) => new Int8Array([x])[0];
const u16 = (x: number) => new Uint16Array([x])[0];
const i16 = (x: number) => new Int16Array([x])[0];
const i32 = (x: number) => new Int32Array([x])[0];
const u32 = (x: number) => new Uint32Array([x])[0];

/** What the sketch prints on the device, derived from JS's typed-array conversions. */
const EXPECTED: [string, number][] = [
  ["u8 300 ->", u8(300)], ["u8 -1 ->", u8(-1)], ["u8 3.99 ->", u8(3.99)], ["u8 -3.99 ->", u8(-3.99)],
  ["u8 NaN ->", u8(NaN)], ["u8 Infinity ->", u8(Infinity)], ["u8 255++ ->", u8(256)], ["u8 0-- ->", u8(-1)],
  ["u8 255+=10 ->", u8(265)],
  ["i8 127++ ->", i8(128)], ["i8 200 ->", i8(200)], ["i8 -129 ->", i8(-129)],
  ["u16 65535+=2 ->", u16(65537)], ["i16 40000 ->", i16(40000)], ["i16 -32769 ->", i16(-32769)],
  ["i32 max++ ->", i32(2147483648)], ["i32 2^32+5 ->", i32(4294967301)], ["i32 1e20 ->", i32(1e20)],
  ["i32 -2.5 ->", i32(-2.5)], ["i32 7/=2 ->", i32(3.5)],
  ["u32 -1 ->", u32(-1)], ["u32 2^32 ->", u32(4294967296)], ["u32 -Infinity ->", u32(-Infinity)],
  ["f32 0.1 ->", Math.fround(0.1)], ["f32 2^24+1 ->", Math.fround(16777217)], ["f32 1e39 ->", Math.fround(1e39)],
  ["f32 -1e39 ->", Math.fround(-1e39)], ["f32 max ->", Math.fround(3.4028235e38)], ["f32 1e-46 ->", Math.fround(1e-46)],
  ["f32 NaN ->", Math.fround(NaN)],
  ["param u8 258 ->", u8(258)], ["return u8 200*2 ->", u8(400)], ["field u8 250+=10 ->", u8(260)],
  ["(b = 300) value ->", 300], ["b after ->", u8(300)],
];
const expectedOutput = EXPECTED.map(([label, value]) => `${label} ${value}`);

describe("fixed-width numbers (native only)", () => {
  test.each([["plain", []], ["ASan+UBSan", ["--sanitize", "address"]]])("%s build wraps and rounds as typed arrays do", (_name, flags) => {
    const r = runCli(["run", ...(flags as string[]), SKETCH]);
    // stderr holds only the check's warnings (printed on a fresh build), never a sanitizer report
    expect(r.stderr).not.toMatch(/AddressSanitizer|runtime error:|LeakSanitizer| - error /);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(expectedOutput);
  });

  test("under Node the same sketch keeps plain numbers (where a program can tell the difference)", () => {
    const r = runCli(["run", "--node", SKETCH]);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out).toContain("u8 300 -> 300");
    expect(out).toContain("u8 255++ -> 256");
    expect(out).toContain("f32 0.1 -> 0.1");
    expect(out).toContain("b after -> 300");
  });

  test("ts-esp check warns at every store that can differ, and passes", () => {
    const r = runCli(["check", SKETCH]);
    expect(r.status).toBe(0);
    const codes = lines(r.stderr).filter((l) => / - warning TSESP30\d\d: /.test(l)).map((l) => /TSESP30\d\d/.exec(l)![0]);
    expect(new Set(codes)).toEqual(new Set(["TSESP3001", "TSESP3002", "TSESP3003", "TSESP3004"]));
    expect(codes.length).toBe(34);
    expect(r.stderr).not.toMatch(/ - error /);
  });

  test("ts-esp build prints the warnings and still writes the project", () => {
    const tmp = makeTemp("fixedwidth-build");
    try {
      const dir = writeSketchProject(path.join(tmp, "wrap"), fs.readFileSync(SKETCH, "utf8"));
      const r = runCli(["build"], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/ - warning TSESP3001: /);
      expect(r.stderr).not.toMatch(/ - error /);
      expect(fs.existsSync(path.join(dir, "platformio.ini"))).toBe(true);
    } finally {
      removeTemp(tmp);
    }
  });
});
