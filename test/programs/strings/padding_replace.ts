// Text formatting a display or a log line needs: padding, repeat, replace/replaceAll with string
// patterns (and their $ replacement patterns), trimStart/trimEnd, lastIndexOf, at, codePointAt.
function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, "0");
}
function row(label: string, value: number): string {
  return `${label.padEnd(10, ".")}${value.toFixed(1).padStart(8)}|`;
}
console.log(hex(10, 2), hex(255, 4), hex(4096, 2), "abc".padStart(6, "12"), "abc".padEnd(8, "xy"), "abc".padStart(2), "x".padEnd(3, ""));
console.log(row("temp", 21.456));
console.log(row("humidity", 48));
console.log(row("pressure_hpa", 1013.25));
console.log("=".repeat(20), "ab".repeat(0).length, "-".repeat(2.9));

// a template filled in with replace/replaceAll
const template = "GET {path} HTTP/1.1\r\nHost: {host}\r\n";
const request = template.replace("{path}", "/status").replace("{host}", "esp32.local");
console.log(JSON_LIKE(request));
console.log("a-b-c".replaceAll("-", "::"), "aaa".replaceAll("a", "b"), "aaa".replace("a", "b"), "abc".replace("x", "y"));
console.log("abc".replaceAll("", "."), "abc".replace("", "^"), "aaaa".replaceAll("aa", "a"));
console.log("price: 5".replace("5", "$$5"), "key".replace("e", "[$&]"), "left|right".replace("|", "($`)"), "a|b".replace("|", "($')"), "x".replace("x", "$1$"));

// trimming parts of a line, finding the last separator
const line = "   cmd=set; value=42  \t";
console.log(`[${line.trimStart()}]`, `[${line.trimEnd()}]`);
const path = "/sensors/room1/temp";
const cut = path.lastIndexOf("/");
console.log(cut, path.slice(cut + 1), path.lastIndexOf("/", cut - 1), path.lastIndexOf("x"), path.lastIndexOf(""), path.lastIndexOf("/", -5), path.lastIndexOf("s", NaN));

// at and codePointAt, including non-ASCII text
const word = "héllo→€";
console.log(word.at(0), word.at(-1), word.at(1), word.at(99), word.at(-99));
console.log(word.codePointAt(1), word.codePointAt(5), word.codePointAt(50), "😀x".codePointAt(0), "😀x".codePointAt(1), "😀x".codePointAt(2));
console.log("ü".padStart(3, "é"), "→".repeat(3), "añb".replaceAll("ñ", "n"), " ñ ".trimEnd().length);

function JSON_LIKE(s: string): string {
  return s.replaceAll("\r", "\\r").replaceAll("\n", "\\n");
}

// split with a limit: the first pieces only
console.log("a,b,c,d".split(",", 2), "abc".split("", 2), "a,b".split(",", 0), "x,y".split(",", -1), "k=v=w".split("=", 1.9));
