// Display names with || and && fallbacks over optional and nullable fields (the value JS returns
// is the operand itself, so 0 and "" pass through &&).
interface U { name?: string; age?: number; nick: string | null }
const us: U[] = [{ nick: null }, { name: "ann", age: 0, nick: "a" }, { name: "", age: 31, nick: "" }];
for (const u of us) {
  const shown = u.name || "anon";
  const years = u.age || -1;
  const n = u.nick || u.name || "?";
  const both = u.name && u.nick;
  const safe = u.nick ?? "(null)";
  console.log(shown, years, n, both, safe, !u.name, !!u.nick, u.age && u.age > 30);
}
let v: string | number = "a";
const w = v || 5;
console.log(w, typeof w);
v = 0;
console.log(v || "zero", v && "nonzero");
