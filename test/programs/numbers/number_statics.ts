// Validating numeric settings that arrive as text (a serial console or a config file): the Number
// statics decide what is an integer, what is safe to count in, and what is merely finite.
interface Setting {
  name: string;
  text: string;
}

function classify(value: number): string {
  if (Number.isNaN(value)) return "not a number";
  if (!Number.isFinite(value)) return value > 0 ? "too large (+Infinity)" : "too small (-Infinity)";
  if (Number.isSafeInteger(value)) return "safe integer";
  if (Number.isInteger(value)) return "integer beyond 2^53 (loses precision)";
  return "fraction";
}

const settings: Setting[] = [
  { name: "baud", text: "115200" },
  { name: "gain", text: "0.75" },
  { name: "uptimeMs", text: "9007199254740993" },
  { name: "offset", text: "-12" },
  { name: "limit", text: "1e400" },
  { name: "pin", text: "two" },
  { name: "floor", text: "-1e400" },
];

for (const s of settings) {
  const value = Number.parseFloat(s.text);
  console.log(s.name.padEnd(9), String(value).padStart(22), classify(value));
}

console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.isSafeInteger(Number.MAX_SAFE_INTEGER + 1));
console.log(Number.EPSILON > 0, 0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.parseInt("0x1F", 16), Number.parseInt("755", 8), Number.isInteger(5.0), Number.isSafeInteger(-0));
