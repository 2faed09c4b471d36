// A sensor calibration table built from type aliases: a generic object alias Pair<T>, a plain
// object alias Range, a function-type alias, and generic helpers over them (piecewise-linear
// interpolation of raw ADC readings to millivolts and to labels).
type Pair<T> = { raw: number; value: T };
type Range = { lo: number; hi: number };
type Convert = (raw: number) => number;
type Millivolts = number;

const adcTable: Pair<Millivolts>[] = [
  { raw: 0, value: 0 },
  { raw: 1000, value: 780 },
  { raw: 2500, value: 2050 },
  { raw: 4095, value: 3300 },
];
const labels: Pair<string>[] = [
  { raw: 0, value: "dry" },
  { raw: 1500, value: "damp" },
  { raw: 3000, value: "wet" },
];

function bracket<T>(table: Pair<T>[], raw: number): Pair<Pair<T>> {
  let i = 0;
  while (i < table.length - 2 && raw > table[i + 1].raw) i++;
  return { raw, value: { raw: i, value: table[i].value } };
}

function lookup<T>(table: Pair<T>[], raw: number): T {
  let best = table[0];
  for (const entry of table) if (entry.raw <= raw) best = entry;
  return best.value;
}

function interpolate(table: Pair<number>[], range: Range): Convert {
  return (raw) => {
    const clamped = Math.min(range.hi, Math.max(range.lo, raw));
    const at = bracket(table, clamped).value.raw;
    const a = table[at];
    const b = table[at + 1];
    return a.value + ((clamped - a.raw) * (b.value - a.value)) / (b.raw - a.raw);
  };
}

const toMillivolts = interpolate(adcTable, { lo: 0, hi: 4095 });
for (const raw of [-5, 0, 500, 1000, 2000, 3999, 5000]) {
  const mv: Millivolts = toMillivolts(raw);
  console.log(`raw ${raw} -> ${mv.toFixed(1)} mV, soil ${lookup(labels, raw)}`);
}
const b = bracket(labels, 2000);
console.log(b, b.value.value, lookup<string>(labels, 3000).toUpperCase());
