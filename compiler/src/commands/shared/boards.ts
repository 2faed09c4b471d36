// Board names from the command line or ts-esp.json -> Board records, or a one-line CliError that lists
// the known boards.
import { listBoards, loadBoard, type Board, type CoreVersion } from "../../emit/platformio";
import { CliError, EXIT_USAGE } from "./errors";

export const DEFAULT_BOARD = "esp32dev";

export function resolveBoards(boardsDir: string, names: string[]): Board[] {
  return names.map((name) => {
    const board = loadBoard(boardsDir, name);
    if (!board) {
      throw new CliError(`unknown board '${name}' (known: ${listBoards(boardsDir).join(", ")})`, EXIT_USAGE);
    }
    return board;
  });
}

/** "2" | "3" from --core, or a usage CliError. */
export function parseCore(value: string | undefined): CoreVersion | undefined {
  if (value === undefined) return undefined;
  const major = value.replace(/\.x$/, "");
  if (major === "2" || major === "3") return major;
  throw new CliError(`unknown Arduino core '${value}' (use 2 or 3)`, EXIT_USAGE);
}
