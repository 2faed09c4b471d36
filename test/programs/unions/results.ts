// Parse results as a union discriminated by a boolean `ok`, and values that are number | string | null.
interface Ok {
  ok: true;
  value: number;
}
interface Err {
  ok: false;
  error: string;
  at: number;
}
type ParseResult = Ok | Err;

function parseNumber(text: string): ParseResult {
  let value = 0;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) continue;
    if (c < 48 || c > 57) return { ok: false, error: `unexpected '${text[i]}'`, at: i };
    value = value * 10 + (c - 48);
    seen = true;
  }
  if (!seen) return { ok: false, error: "empty", at: 0 };
  return { ok: true, value };
}

type Cell = number | string | null;

function cellOf(text: string): Cell {
  if (text === "") return null;
  const r = parseNumber(text);
  return r.ok ? r.value : text;
}

function show(c: Cell): string {
  if (c === null) return "<null>";
  if (typeof c === "number") return c.toString(16);
  return c.toUpperCase();
}

const inputs = ["1_000", "42", "4x2", "", "0", "abc"];
let sum = 0;
for (const t of inputs) {
  const r = parseNumber(t);
  if (r.ok) {
    sum += r.value;
    console.log(t, "->", r.value);
  } else {
    console.log(t, "error:", r.error, "at", r.at);
  }
}
console.log("sum", sum);
const cells: Cell[] = inputs.map(cellOf);
console.log(cells);
console.log(cells.map(show).join(","));
const numbers = cells.filter((c) => typeof c === "number").length;
const nulls = cells.filter((c) => c === null).length;
console.log(numbers, nulls, cells[3] === null, cells[0] === 1000, cells[5] === "abc");
const results: ParseResult[] = inputs.map(parseNumber);
console.log(results[0], results[2]);
