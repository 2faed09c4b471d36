// A sketch split over several files: imports of classes, functions, constants, enums and a namespace.
import { Led, blinkTimes, DEFAULT_PIN, created } from "./led";
import * as fmt from "./format";
import { Level } from "./levels";

console.log("main starts");
const led = new Led(DEFAULT_PIN);
const second = new Led(4);
console.log(blinkTimes(led, 2).join("; "));
console.log(second.set(true), second.isOn(), created);
console.log(fmt.pad(7, 3), fmt.pad(1234, 2), fmt.label(Level.Warn), fmt.label(Level.Error));

export function setup(): void {
  console.log("setup runs after top-level code");
}
