// Errors the library raises are catchable, with Node's class and message: formatting a reading
// with an invalid precision, padding with a bad repeat count, printing in an invalid radix.
function formatReading(value: number, digits: number): string {
  return value.toFixed(digits);
}

function bar(width: number): string {
  return "#".repeat(width);
}

function encode(value: number, radix: number): string {
  return value.toString(radix);
}

interface Attempt {
  label: string;
  run: () => string;
}

const attempts: Attempt[] = [
  { label: "toFixed(2)", run: () => formatReading(21.456, 2) },
  { label: "toFixed(101)", run: () => formatReading(21.456, 101) },
  { label: "repeat(4)", run: () => bar(4) },
  { label: "repeat(-3)", run: () => bar(-3) },
  { label: "repeat(Infinity)", run: () => bar(Infinity) },
  { label: "toString(16)", run: () => encode(48879, 16) },
  { label: "toString(37)", run: () => encode(48879, 37) },
  { label: "toString(1)", run: () => encode(7, 1) },
];

let failures = 0;
for (const a of attempts) {
  try {
    console.log(`${a.label} -> ${a.run()}`);
  } catch (e) {
    failures++;
    if (e instanceof RangeError) console.log(`${a.label} -> RangeError: ${e.message}`);
    else if (e instanceof Error) console.log(`${a.label} -> ${e.name}: ${e.message}`);
  }
}

// the error stops the expression: the second part is never formatted
let formatted = 0;
function count(s: string): string {
  formatted++;
  return s;
}
try {
  const line = count((1.5).toFixed(200)) + count(bar(2));
  console.log("unreachable", line);
} catch (e) {
  console.log(`caught ${String(e)}; parts formatted: ${formatted}; a ${(e as Error).name}`);
}
console.log(`${failures} failures`);
