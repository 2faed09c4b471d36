// Sensor readings that may be missing: number | undefined with ??, ??=, truthiness and early returns.
interface Sample {
  channel: string;
  celsius: number | undefined;
  humidity?: number;
}

const lastGood: (number | undefined)[] = [undefined, undefined, undefined];

function readChannel(raw: string): number | undefined {
  if (raw.length === 0 || raw === "ERR") return undefined;
  const v = parseFloat(raw);
  return isNaN(v) ? undefined : v;
}

function smooth(index: number, value: number | undefined): number | undefined {
  if (value === undefined) return lastGood[index];
  const previous = lastGood[index];
  const next = previous !== undefined ? (previous * 3 + value) / 4 : value;
  lastGood[index] = next;
  return next;
}

function describe(s: Sample): string {
  const t = s.celsius ?? -273.15;
  let text = `${s.channel}: ${t.toFixed(1)}C`;
  if (s.humidity) text += ` ${s.humidity}%`;
  else if (s.humidity === 0) text += " dry";
  return text;
}

let calibration: number | undefined;
function calibrated(v: number): number {
  calibration ??= 0.5;
  return v + calibration;
}

const feed = ["21.5", "", "22.0", "ERR", "0", "23.25", "x"];
const samples: Sample[] = [];
for (let i = 0; i < feed.length; i++) {
  const raw = readChannel(feed[i]);
  const value = smooth(i % 3, raw);
  const sample: Sample = { channel: `ch${i % 3}`, celsius: value };
  if (raw !== undefined && raw > 22) sample.humidity = Math.round(raw * 2);
  if (raw === 0) sample.humidity = 0;
  samples.push(sample);
  console.log(feed[i] || "(empty)", raw, value, raw ?? "missing", value !== undefined ? calibrated(value) : "n/a");
}
for (const s of samples) console.log(describe(s));
console.log(samples[0], samples[3]);
const missing = samples.filter((s) => s.celsius === undefined).length;
console.log("missing", missing, "last", lastGood, calibration);
let firstHot: Sample | undefined;
for (const s of samples) {
  if (!firstHot && (s.celsius ?? 0) > 21.6) firstHot = s;
}
console.log(firstHot ? firstHot.channel : "none", firstHot?.humidity, firstHot?.celsius);
