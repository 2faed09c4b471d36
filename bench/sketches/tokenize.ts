// Tokenizes 60,000 words of accented and emoji-bearing text one UTF-16 unit at a time with
// charCodeAt and slice: index lookups on non-ASCII strings (stored as UTF-8 on the device).
const words = ["température", "niño", "größe", "smörgåsbord", "café", "naïve", "😀ok", "plain"];
const parts: string[] = [];
for (let i = 0; i < 60000; i++) parts.push(words[(i * 7) % words.length]);
const text = parts.join(" ");

let tokens = 0;
let longest = "";
let start = 0;
for (let i = 0; i <= text.length; i++) {
  if (i === text.length || text.charCodeAt(i) === 32) {
    const word = text.slice(start, i);
    if (word.length > longest.length) longest = word;
    tokens++;
    start = i + 1;
  }
}
console.log("tokenize", tokens, longest, text.length);
