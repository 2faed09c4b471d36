// The shape of one CLI command (commands/<name>.ts) and the argv parsing they share
// (node:util parseArgs, strict: unknown options and extra positionals are usage errors).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./errors";

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line for `ts-esp --help`. */
  summary: string;
  /** Usage line(s) and option descriptions for `ts-esp <name> --help`. */
  help: string;
  options: OptionSpecs;
  /** Most positionals accepted. */
  maxPositionals: number;
  /** Returns the process exit status. Throws CliError for one-line failures. */
  run(args: ParsedArgs): Promise<number>;
}

/** argv (after the command name) -> values and positionals, or a usage CliError. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs;
  } catch (error) {
    throw usageError(command.name, describeParseError(error as Error));
  }
  if (parsed.positionals.length > command.maxPositionals) {
    const extra = parsed.positionals[command.maxPositionals];
    throw usageError(command.name, `unexpected argument '${extra}'`);
  }
  return parsed;
}

/** parseArgs' messages are multi-line prose; keep the first sentence. */
function describeParseError(error: Error): string {
  const first = error.message.split("\n")[0].replace(/\.\s.*$/, "").replace(/\.$/, "");
  return first.charAt(0).toLowerCase() + first.slice(1);
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? [value] : [];
}
