const counts: Record<string, number> = {};
function count(word: string): void {
  counts[word] = (counts[word] ?? 0) + 1;
}
count("on");
console.log("on" in counts);
