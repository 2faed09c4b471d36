// Where the installed ts-esp package keeps what commands hand to other tools: boards/ and runtime-cpp/.
import * as path from "node:path";
import { findPackageRoot } from "../../project/libDir";
import { CliError } from "./errors";

export interface PackagePaths {
  root: string;
  boardsDir: string;
  runtimeDir: string;
  version: string;
}

export function packagePaths(): PackagePaths {
  const root = findPackageRoot();
  if (!root) throw new CliError("cannot find the ts-esp package folder (is the installation complete?)");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = String(require(path.join(root, "package.json")).version);
  return { root, version, boardsDir: path.join(root, "boards"), runtimeDir: path.join(root, "runtime-cpp") };
}
