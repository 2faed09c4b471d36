// Non-ASCII text: lengths and indexes count UTF-16 code units, exactly as in JS.
const word = "héllo wörld";
console.log(word, word.length, word.indexOf("w"), word.charAt(1), word.charCodeAt(1), word.toUpperCase());
const emoji = "a😀b";
console.log(emoji.length, emoji.charCodeAt(1), emoji.charCodeAt(2), emoji.indexOf("b"), emoji.slice(1, 3), emoji.slice(3));
const parts = "α,β,γ".split(",");
console.log(parts.length, parts.join("+"), "€".length, "€".charCodeAt(0));
let count = 0;
for (const ch of "añ😀z") {
  count++;
  console.log(ch, ch.length);
}
console.log("code points:", count);
