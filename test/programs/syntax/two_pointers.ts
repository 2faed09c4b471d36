// Two-pointer loops as C programmers write them: several counters declared in the for header and
// stepped together with a comma in the update clause (the only place ts-esp admits the comma
// operator). Reverses a frame in place, checks palindromes, merges two sorted logs, and keeps
// per-iteration closures over the counters.
function reverseInPlace(bytes: number[]): void {
  for (let i = 0, j = bytes.length - 1; i < j; i++, j--) {
    const t = bytes[i];
    bytes[i] = bytes[j];
    bytes[j] = t;
  }
}

function isPalindrome(text: string): boolean {
  const s = text.toLowerCase();
  for (let i = 0, j = s.length - 1; i < j; ++i, --j) {
    while (i < j && s[i] === " ") i++;
    while (i < j && s[j] === " ") j--;
    if (s[i] !== s[j]) return false;
  }
  return true;
}

function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (; i < a.length || j < b.length; ) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

let checksum = 0;
function step(k: number): void {
  checksum = (checksum * 31 + k) % 65521;
}

const frame = [0x7e, 1, 2, 3, 4, 0x7d];
reverseInPlace(frame);
console.log("reversed", frame.join(" "));
console.log("palindromes", isPalindrome("Never odd or even"), isPalindrome("sensor"));
console.log("merged", merge([1, 4, 9, 12], [2, 3, 10]).join(","));

for (let i = 0, k = 100; i < 5; i++, k -= 7, step(k)) {}
console.log("checksum", checksum);

const readers: (() => string)[] = [];
for (let lo = 0, hi = 3; lo <= hi; lo++, hi--) readers.push(() => `${lo}-${hi}`);
console.log("captured", readers.map((r) => r()).join(" "));
