// Accepted corpus: a realistic sketch in issue 2's subset; must check clean and lower.
function command(line: string): string {
  const parts = line.trim().split(" ");
  switch (parts[0]) {
    case "on": return "ON " + parts.slice(1).join(",");
    case "off": return "OFF";
    default: return `unknown: ${parts[0]}`;
  }
}
console.log(command(" on 1 2 "), command("off"), command("x"));
let hits = 0;
const inc = (by: number = 1): void => { hits += by; };
inc(1); inc(2);
const adders: ((x: number) => number)[] = [];
for (let i = 0; i < 3; i++) adders.push((x) => x + i);
console.log(hits, adders.map((f) => f(10)).join(" "));
const n = Number("42") + parseInt("7") + parseFloat("0.5");
console.log(n.toFixed(1), (n | 0).toString(2), isNaN(Number("x")), Math.trunc(-4.7), Math.sign(-3), Math.hypot(3, 4));
const upper = "abc".toUpperCase().charAt(1) + String.fromCharCode(97 + 1);
console.log(upper, "a,b".split(",").length, "xyz".substring(1), "abc".indexOf("c"), "abc".includes("d"));
let i = 0;
do { i += 2; } while (i < 5);
const arr: number[][] = [[3, 1], [2]];
arr[1].push(9);
console.log(i, arr[1].length, arr[0].sort((a, b) => a - b).join(), arr.length, arr[5] === undefined);
