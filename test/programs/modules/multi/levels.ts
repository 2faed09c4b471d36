// Log levels shared by the other modules.
export enum Level {
  Info,
  Warn,
  Error,
}
console.log("levels module loaded");
