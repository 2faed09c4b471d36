// console.log argument formatting, console.error/warn go to stderr.
console.log();
console.log("");
console.log("a", "b", 1, true, undefined);
console.log(1, -1, 0.5, -0, 1e300 * 10, "x y", " ");
console.log("multi\nline", "tab\there");
const maybe: number | undefined = undefined;
console.log(maybe, maybe === undefined);
console.error("this goes to stderr");
console.warn("so does this");
console.log("done");
Serial.print("serial ");
Serial.print(42);
Serial.print(" ");
Serial.print(false);
Serial.println();
Serial.println("line");
Serial.println(-0);
