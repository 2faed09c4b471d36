// Formatting helpers; imports the enum from another module.
import { Level } from "./levels";

export function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = "0" + s;
  return s;
}

export function label(level: Level): string {
  switch (level) {
    case Level.Info:
      return "INFO";
    case Level.Warn:
      return "WARN";
    default:
      return "ERR";
  }
}
