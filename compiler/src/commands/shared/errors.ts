// The one way a command fails without diagnostics: a CliError carries exactly one line for stderr
// ("ts-esp: <message>") and the exit status. cli.ts prints it; nothing else prints errors.

/** Exit statuses of the ts-esp command. A sketch's own status passes through `run` unchanged. */
export const EXIT_FAILURE = 1; // diagnostics, failed build, missing tool
export const EXIT_USAGE = 2; // bad arguments

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** A usage error: bad option, missing or extra argument. */
export function usageError(command: string, message: string): CliError {
  return new CliError(`${command}: ${message} (see 'ts-esp ${command} --help')`, EXIT_USAGE);
}
