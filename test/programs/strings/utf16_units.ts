// Text for a 16-column LCD menu in several languages: lengths, indexes, slices and char codes count
// UTF-16 code units as JS does (device storage is UTF-8), so "é" is one unit, "中" one, "😀" two.
// Truncation must not cut a surrogate pair; code points are walked with codePointAt.

const COLUMNS = 16;
const labels = ["Temperature", "Température", "Температура", "温度传感器读数", "Temp 🌡️ ok", "naïve café ☕", "😀😃😄😁😆😅🤣😂😊"];

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts to at most `width` code units without splitting a surrogate pair. */
function fit(text: string, width: number): string {
  if (text.length <= width) return text.padEnd(width, ".");
  let end = width - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + "~";
}

/** UTF-8 bytes the device stores for the text. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

for (const label of labels) {
  console.log(`[${fit(label, COLUMNS)}] units=${label.length} points=${codePoints(label)} utf8=${utf8Bytes(label)}`);
}

const smile = "a😀b";
const high = smile.charCodeAt(1);
const low = smile.charCodeAt(2);
console.log("pair", high.toString(16), low.toString(16), smile.codePointAt(1)!.toString(16), smile.codePointAt(2)!.toString(16));
const joined = smile.slice(0, 2) + smile.slice(2);
console.log("split and rejoined:", joined === smile, joined.length, joined);
const rebuilt = String.fromCharCode(0xd83d) + String.fromCharCode(0xde00);
console.log("from char codes:", rebuilt === "😀", rebuilt.length);
console.log("index of emoji and after:", smile.indexOf("😀"), smile.indexOf("b"), smile.lastIndexOf("😀"));
console.log("at/charAt on ASCII and CJK:", "温度".charAt(1), "温度".at(-1), "温度".charCodeAt(0).toString(16));
console.log("upper/lower:", "Ångström".toUpperCase(), "ÀÉÎ".toLowerCase(), "привет".toUpperCase());
console.log("split CJK:", "温,度,计".split(",").join("|"), "é".repeat(3), "→".padStart(3, "-"));
console.log("includes/startsWith:", "Température".includes("pér"), "温度传感器".startsWith("温度"), "😀😃".endsWith("😃"));
console.log("compare:", "é" > "z", "a" < "á", ["z", "é", "a", "中", "😀"].sort().join(""));
const reversed: string[] = [];
for (const ch of "añ😀z") reversed.unshift(ch);
console.log("reversed by code point:", reversed.join(""));
console.log("lone halves print as U+FFFD:", smile.slice(0, 2), smile.slice(2), "\uDE00\uD83D".repeat(2).length);
console.log("halves joined by repeat:", "\uDE00\uD83D".repeat(2) === "\uDE00😀\uD83D");
