// Serial for `ts-esp run --node`: UART0 is the process's stdout, as on the PC port. Values print as
// console.log prints them (compiler/lib/arduino.d.ts), println appends "\r\n" as the device does.
// Writes are synchronous so Serial and console.log output interleave in program order.
import * as fs from "node:fs";

function writeStdout(text: string): number {
  const bytes = Buffer.from(text, "utf8");
  fs.writeSync(1, bytes);
  return bytes.length;
}

/** console.log's text for a primitive: String(x), except that -0 prints as "-0". */
function formatValue(value: string | number | boolean): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

export const Serial = {
  begin(_baud?: number): void {},
  end(): void {},
  available(): number {
    return 0;
  },
  read(): number {
    return -1;
  },
  flush(): void {},
  /** Writes the value as console.log would; returns the number of bytes written. */
  print(value: string | number | boolean): number {
    return writeStdout(formatValue(value));
  },
  /** Writes the value (nothing when it is undefined) and then "\r\n". */
  println(value?: string | number | boolean): number {
    return writeStdout(`${value === undefined ? "" : formatValue(value)}\r\n`);
  },
  /** Writes one byte (0..255) or a string's UTF-8 bytes. */
  write(value: number | string): number {
    if (typeof value === "string") return writeStdout(value);
    fs.writeSync(1, Buffer.from([Number(value) & 0xff]));
    return 1;
  },
};
