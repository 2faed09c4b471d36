// The ts-esp command line: argv -> one command from commands/ -> exit status. Usage errors and
// one-line failures (CliError) print "ts-esp: <message>" on stderr; nothing else here knows the compiler.
import { buildCommand } from "./commands/build";
import { checkCommand } from "./commands/check";
import { cleanCommand } from "./commands/clean";
import { initCommand } from "./commands/init";
import { runCommand } from "./commands/run";
import { parseCommandArgs, type Command } from "./commands/shared/command";
import { CliError, EXIT_USAGE } from "./commands/shared/errors";
import { packagePaths } from "./commands/shared/package";
import { InternalCompilerError } from "./diagnostics/types";

const commands: Command[] = [initCommand, checkCommand, buildCommand, runCommand, cleanCommand];

function printUsage(): void {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  process.stdout.write(`Usage: ts-esp <command> [options]

TypeScript for the ESP32: compiled ahead of time to C++17, run on the PC or built with PlatformIO.

Commands:
${lines.join("\n")}

Run 'ts-esp <command> --help' for a command's options.
`);
}

/** Runs the command named in argv; resolves to the exit status. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    printUsage();
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${packagePaths().version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new CliError(`unknown command '${name}' (commands: ${commands.map((c) => c.name).join(", ")})`, EXIT_USAGE);
  const args = parseCommandArgs(command, rest);
  if (args.values.help) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(args);
}

function reportFailure(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`ts-esp: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof InternalCompilerError) {
    const where = error.location ? ` at ${error.location.file}:${error.location.line}:${error.location.column}` : "";
    process.stderr.write(`ts-esp: internal compiler error ${error.code}${where}: ${error.message} (please report)\n`);
    return 70;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`ts-esp: internal error, please report: ${message}\n`);
  return 70;
}

// The entry point of dist/cli.js (bin/ts-esp.js requires it). exitCode, not exit(): `run --node`
// keeps the process alive for the sketch's timers, and stdout drains before the process ends.
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.exitCode = reportFailure(error);
  },
);
