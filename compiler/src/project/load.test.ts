import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject } from "./load";

function sketch(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-load-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const names = (files: { getFilePath(): string }[], root: string) => files.map((f) => path.relative(root, f.getFilePath()));

test("a single file: its folder is the root, the file is the entry", () => {
  const dir = sketch({ "blink.ts": "console.log(1);\n" });
  const loaded = loadProject(path.join(dir, "blink.ts"));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.project.rootDir).toBe(dir);
  expect(names(loaded.project.sourceFiles, dir)).toEqual(["blink.ts"]);
  expect(loaded.project.config).toEqual({ entry: "blink.ts", defines: {} });
});

test("a folder: src/main.ts first, then the modules it imports; lib files apart", () => {
  const dir = sketch({
    "src/main.ts": 'import { LED } from "./pins";\nimport { log } from "./util/log";\nlog(LED);\n',
    "src/pins.ts": "export const LED = 2;\n",
    "src/util/log.ts": "export function log(n: number): void {\n  console.log(n);\n}\n",
    "src/unused.ts": "export const NOT_IMPORTED = 1;\n",
    "tsconfig.json": '{ "compilerOptions": { "noUnusedLocals": true } }\n',
  });
  const loaded = loadProject(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(names(loaded.project.sourceFiles, dir)).toEqual(["src/main.ts", "src/pins.ts", "src/util/log.ts"]);
  expect(loaded.project.libFiles.map((f) => f.getBaseName())).toEqual(["arduino.d.ts", "console.d.ts", "net.d.ts", "text.d.ts", "timers.d.ts", "types.d.ts"]);
  const options = loaded.project.project.getCompilerOptions();
  expect(options.noUnusedLocals).toBe(true); // the project's own checking flags are kept
  expect(options.strict).toBe(true);
  expect(options.lib).toEqual(["lib.es2022.d.ts"]);
});

test("ts-esp.json sets the entry, board and defines; LoadOptions.entry overrides the entry", () => {
  const dir = sketch({
    "app/start.ts": "console.log(1);\n",
    "other.ts": "console.log(2);\n",
    "ts-esp.json": '{\n  // comments are allowed, as in tsconfig.json\n  "entry": "app/start.ts", "board": "esp32dev", "defines": { "CONFIG_ASYNC_TCP_QUEUE_SIZE": 64, "TSESP_DEBUG": true }\n}\n',
  });
  const loaded = loadProject(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  expect(loaded.project.entry.getBaseName()).toBe("start.ts");
  expect(loaded.project.config).toEqual({
    entry: "app/start.ts",
    board: "esp32dev",
    defines: { CONFIG_ASYNC_TCP_QUEUE_SIZE: 64, TSESP_DEBUG: true },
  });
  const overridden = loadProject(dir, { entry: "other.ts" });
  if (!overridden.ok) throw new Error(JSON.stringify(overridden.diagnostics));
  expect(overridden.project.entry.getBaseName()).toBe("other.ts");
});

test("bad define names are refused", () => {
  const dir = sketch({ "src/main.ts": "", "ts-esp.json": '{ "defines": { "1BAD": 1 } }' });
  const loaded = loadProject(dir);
  expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.message)).toEqual(['ts-esp.json: define name "1BAD" is not a C identifier']);
});

test("a .d.ts or .tsx entry is not a sketch", () => {
  const dir = sketch({ "x.d.ts": "", "y.tsx": "" });
  for (const file of ["x.d.ts", "y.tsx"]) {
    const loaded = loadProject(path.join(dir, file));
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => d.code)).toEqual(["TSESP1006"]);
  }
});
