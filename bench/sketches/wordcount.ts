// Counts words of a generated 200,000-word text in a Map<string, number>, then sorts the
// vocabulary by count: Map lookups, string slicing and a comparator sort.
const vocabulary = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
  "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"];
const words: string[] = [];
let seed = 7;
for (let i = 0; i < 200000; i++) {
  seed = (seed * 48271) % 2147483647;
  words.push(vocabulary[seed % vocabulary.length]);
}
const text = words.join(" ");

const counts = new Map<string, number>();
let start = 0;
for (let i = 0; i <= text.length; i++) {
  if (i === text.length || text.charCodeAt(i) === 32) {
    const word = text.slice(start, i);
    counts.set(word, (counts.get(word) ?? 0) + 1);
    start = i + 1;
  }
}
const ranking: string[] = [];
counts.forEach((_count, word) => ranking.push(word));
ranking.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
console.log("wordcount", ranking.slice(0, 3).join(","), counts.get(ranking[0]));
