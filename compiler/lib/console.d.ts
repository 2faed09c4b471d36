// ts-esp API: console. On the device the output goes to Serial; on the PC to stdout/stderr.
// Values print exactly as Node's console.log prints them (space-separated, newline-terminated;
// strings raw, everything else as util.inspect shows it: arrays, class instances, functions).

interface Console {
    /** Prints the arguments, separated by spaces, and a newline to standard output (Serial on the device). */
    log(...data: unknown[]): void;
    /** Like `log`, but to standard error on the PC (Serial on the device). */
    error(...data: unknown[]): void;
    /** Like `log`, but to standard error on the PC (Serial on the device). */
    warn(...data: unknown[]): void;
}

declare var console: Console;
