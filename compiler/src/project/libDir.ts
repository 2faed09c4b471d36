// Finds compiler/lib (the .d.ts a sketch sees) from wherever this code runs: compiler/src/project
// under jest/ts-node, or dist/cli.js in the bundled CLI. Both sit below the package root.
import * as fs from "node:fs";
import * as path from "node:path";

/** The ts-esp package root: the nearest ancestor holding package.json with name "ts-esp". */
export function findPackageRoot(start: string = __dirname): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, "utf8")).name === "ts-esp") return dir;
      } catch {
        // a broken package.json of another package: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Absolute path of compiler/lib, or undefined when the package is incomplete. */
export function findLibDir(): string | undefined {
  const root = findPackageRoot();
  if (root === undefined) return undefined;
  const libDir = path.join(root, "compiler", "lib");
  return fs.existsSync(libDir) ? libDir : undefined;
}

/** The .d.ts files of compiler/lib, sorted so every load sees them in the same order. */
export function listLibFiles(libDir: string): string[] {
  return fs
    .readdirSync(libDir)
    .filter((name) => name.endsWith(".d.ts"))
    .sort()
    .map((name) => path.join(libDir, name));
}
