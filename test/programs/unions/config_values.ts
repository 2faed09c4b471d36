// A config store whose values are string | number | boolean, printed and compared as JS does.
type Setting = string | number | boolean;

interface Entry {
  key: string;
  value: Setting;
}

const entries: Entry[] = [
  { key: "ssid", value: "garden-net" },
  { key: "port", value: 8080 },
  { key: "debug", value: false },
  { key: "gain", value: 1.5 },
  { key: "name", value: "" },
  { key: "retries", value: 0 },
  { key: "tls", value: true },
];

function kindOf(v: Setting): string {
  switch (typeof v) {
    case "string":
      return "text";
    case "number":
      return Number.isInteger(v) ? "int" : "float";
    default:
      return "flag";
  }
}

function render(v: Setting): string {
  if (typeof v === "string") return JSON_QUOTE + v + JSON_QUOTE;
  if (typeof v === "number") return v.toFixed(v % 1 === 0 ? 0 : 2);
  return v ? "on" : "off";
}
const JSON_QUOTE = '"';

function parseSetting(text: string): Setting {
  if (text === "true" || text === "false") return text === "true";
  const n = Number(text);
  return text.length > 0 && !isNaN(n) ? n : text;
}

function lookup(key: string): Setting | undefined {
  for (const e of entries) if (e.key === key) return e.value;
  return undefined;
}

for (const e of entries) {
  console.log(e.key, e.value, typeof e.value, kindOf(e.value), render(e.value), e.value ? "truthy" : "falsy");
}
const parsed = ["42", "true", "3.25", "hello", "", "false", "-0"].map(parseSetting);
console.log(parsed);
console.log(parsed.map((p) => typeof p).join(","));
let total = 0;
for (const p of parsed) {
  const size = typeof p === "number" ? p : typeof p === "string" ? p.length : p ? 1 : 0;
  total += size;
}
console.log("total", total);
const port = lookup("port");
console.log("port is", port, port === 8080, port === "8080", lookup("nope"), lookup("tls") === true);
const label: Setting = lookup("ssid") ?? "none";
console.log("label: " + label + "/" + lookup("gain") + "/" + lookup("debug"));
let current: Setting = 1;
current = "one";
console.log(current, current.length);
current = current === "one" ? true : 0;
console.log(current, `${current}`, String(current));
