// Settings with defaults filled in by ??=, ||= and &&=, and an exponential backoff with **.
interface Settings {
  name: string;
  retries: number;
  verbose: boolean;
  label: string;
}

function fillDefaults(s: Settings, timeout?: number): number {
  s.name ||= "sensor";
  s.retries ||= 3;
  s.verbose &&= s.retries > 2;
  s.label &&= s.label.toUpperCase();
  timeout ??= 250;
  return timeout;
}

let calls = 0;
function expensive(): number {
  calls++;
  return 42;
}

const a: Settings = { name: "", retries: 0, verbose: true, label: "" };
const b: Settings = { name: "pump", retries: 1, verbose: true, label: "lab" };
console.log(fillDefaults(a), a.name, a.retries, a.verbose, `[${a.label}]`);
console.log(fillDefaults(b, 1000), b.name, b.retries, b.verbose, b.label);

// the right side runs only when JS would evaluate it
let cached: number | undefined;
cached ??= expensive();
cached ??= expensive();
let hits = 5;
hits ||= expensive();
let zero = 0;
zero &&= expensive();
console.log(cached, hits, zero, calls);

// the value of the assignment expression
let port: number | undefined;
const chosen = (port ??= 8080) + 1;
console.log(chosen, port);
let title = "";
console.log((title ||= "untitled").length, title);

// array slots and box cells are targets too
const slots: string[] = ["a", "", "c"];
for (let i = 0; i < slots.length; i++) slots[i] ||= `slot${i}`;
console.log(slots.join(","));
let total = 0;
const bump = (): void => {
  total ||= 10;
  total &&= total + 1;
};
bump();
bump();
console.log(total);

// exponent and exponent-assignment, with JS's edge cases
function backoff(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 5000);
}
const delays: number[] = [];
for (let attempt = 0; attempt < 8; attempt++) delays.push(backoff(attempt));
console.log(delays.join(" "));
let scale = 10;
scale **= 3;
console.log(scale, 2 ** -1, (-2) ** 3, 2 ** 0.5, 1 ** NaN, 0 ** 0, 2 ** 3 ** 2, (-8) ** (1 / 3));
