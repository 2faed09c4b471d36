// Records keyed by strings are compiled; these uses of them are not.
const base: Record<string, number> = { temp: 80 };
const copy: Record<string, number> = { ...base, hum: 95 };
const pairs = Object.entries(base);
const byPin: Record<number, string> = {};
console.log(copy, pairs.length, byPin);
