// A plain Arduino C++ sketch (.ino/.cpp/.h) made ready for the native build: its files copied into
// the work folder's src/, each .ino turned into a .cpp that includes <Arduino.h> first (as the Arduino
// tools do) with #line pointing back at the original, so compiler messages name the user's file.
import * as fs from "node:fs";
import * as path from "node:path";
import type { SketchTarget } from "./sketch";

/** Writes the sketch's sources into `srcDir`, replacing whatever was there. */
export function writeCppSketchSources(target: SketchTarget, srcDir: string): void {
  fs.rmSync(srcDir, { recursive: true, force: true });
  fs.mkdirSync(srcDir, { recursive: true });
  for (const file of target.cppSources) {
    const text = fs.readFileSync(file, "utf8");
    const name = path.basename(file);
    if (name.endsWith(".ino")) {
      const header = `#include <Arduino.h>\n#line 1 ${JSON.stringify(file)}\n`;
      fs.writeFileSync(path.join(srcDir, `${name}.cpp`), header + text);
    } else {
      fs.writeFileSync(path.join(srcDir, name), text);
    }
  }
}
