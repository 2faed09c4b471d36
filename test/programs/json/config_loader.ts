// A device configuration loader: the JSON text arrives from flash or a provisioning request, is read
// with `JSON.parse(text) as Config`, gets defaults for optional members, is validated by the sketch,
// and the effective configuration is written back with JSON.stringify (compact for flash, indented
// for the serial console). Malformed text is a SyntaxError the loader catches and reports.
interface WifiConfig {
  ssid: string;
  password: string;
  channel?: number;
}
interface PinConfig {
  name: string;
  pin: number;
  inverted?: boolean;
}
interface Config {
  deviceName: string;
  wifi: WifiConfig;
  pins: PinConfig[];
  reportIntervalMs?: number;
  server: string | null;
}

interface Effective {
  deviceName: string;
  ssid: string;
  channel: number;
  pins: PinConfig[];
  reportIntervalMs: number;
  server: string;
  warnings: string[];
}

function load(text: string): Effective | undefined {
  let config: Config;
  try {
    config = JSON.parse(text) as Config;
  } catch (e) {
    if (e instanceof SyntaxError) console.log(`config rejected: ${e.name}`);
    return undefined;
  }
  const warnings: string[] = [];
  const interval = config.reportIntervalMs ?? 5000;
  if (interval < 100) warnings.push(`reportIntervalMs ${interval} too small, using 100`);
  const used = new Set<number>();
  const pins: PinConfig[] = [];
  for (const p of config.pins) {
    if (used.has(p.pin)) {
      warnings.push(`pin ${p.pin} (${p.name}) already used`);
      continue;
    }
    used.add(p.pin);
    pins.push({ name: p.name, pin: p.pin, inverted: p.inverted ?? false });
  }
  return {
    deviceName: config.deviceName.trim() || "esp32",
    ssid: config.wifi.ssid,
    channel: config.wifi.channel ?? 1,
    pins,
    reportIntervalMs: Math.max(100, interval),
    server: config.server ?? "none",
    warnings,
  };
}

const stored = `{
  "deviceName": "greenhouse-2 ",
  "wifi": { "ssid": "farm", "password": "s3cret", "channel": 6 },
  "pins": [
    { "name": "fan", "pin": 12 },
    { "name": "pump", "pin": 14, "inverted": true },
    { "name": "light", "pin": 12 }
  ],
  "reportIntervalMs": 50,
  "server": "10.0.0.5"
}`;
const minimal = '{"deviceName":"","wifi":{"ssid":"lab","password":""},"pins":[],"server":null}';
const broken = ['{"deviceName": "x", "wifi": {', '{"deviceName": "x",}', "not json", '{"pins": [1 2]}'];

for (const text of [stored, minimal, ...broken]) {
  const effective = load(text);
  if (effective === undefined) continue;
  console.log(JSON.stringify(effective));
  console.log(JSON.stringify(effective, null, 2));
  for (const w of effective.warnings) console.log("warning:", w);
}

// round trip: what we write back is read back identically
const saved = JSON.stringify(load(stored));
const reread = JSON.parse(saved) as Effective;
console.log(reread.pins.length, reread.pins[1].inverted, reread.server, JSON.stringify(reread) === saved);
const odd: Effective = { deviceName: "tab\tand \"quotes\" and \\ and é", ssid: "", channel: -0, pins: [], reportIntervalMs: 1e21, server: "", warnings: ["\u0007"] };
console.log(JSON.stringify(odd, null, "\t"));
