// Everyday string methods on command lines received over serial.
const line = "  SET led=on  ";
const cmd = line.trim();
console.log(`[${cmd}]`, cmd.length, line.length);
console.log(cmd.indexOf("led"), cmd.indexOf("x"), cmd.indexOf("e", 5), cmd.includes("="), cmd.includes("off"));
console.log(cmd.startsWith("SET"), cmd.startsWith("led", 4), cmd.endsWith("on"), cmd.endsWith("led", 7));
const eq = cmd.indexOf("=");
const key = cmd.slice(4, eq);
const value = cmd.slice(eq + 1);
console.log(key, value, cmd.slice(-2), cmd.slice(-6, -3), cmd.slice(20), cmd.slice(3, 1));
console.log(cmd.substring(4, 7), cmd.substring(7, 4), cmd.substring(-3, 3), cmd.substring(8));
console.log(cmd.toLowerCase(), cmd.toUpperCase(), "MiXeD 123".toLowerCase());
console.log("abc".charAt(1), "abc".charAt(5) === "", "abc".charCodeAt(0), isNaN("abc".charCodeAt(3)));
console.log(String.fromCharCode(72, 105), String.fromCharCode(0x41 + 25));
console.log("abc" + 1 + 2, 1 + 2 + "abc", "x" + true, "n=" + (1 + 2));
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s, s.length);
