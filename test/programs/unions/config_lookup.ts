// Optional-chained lookups in a nested device config where sections and fields may be missing.
interface WifiConfig {
  ssid: string;
  password?: string;
  channel?: number;
}
interface MqttConfig {
  host: string;
  port?: number;
  topics?: string[];
  onConnect?: (host: string) => string;
}
interface DeviceConfig {
  name: string;
  wifi?: WifiConfig;
  mqtt?: MqttConfig;
  tags?: string[];
  parent?: DeviceConfig;
}

const configs: DeviceConfig[] = [
  { name: "bare" },
  { name: "wifi-only", wifi: { ssid: "home" } },
  {
    name: "full",
    wifi: { ssid: "lab", password: "secret", channel: 6 },
    mqtt: { host: "10.0.0.2", port: 1884, topics: ["t/temp", "t/hum"], onConnect: (h) => `hello ${h}` },
    tags: ["prod", "rack-2"],
  },
  { name: "child", mqtt: { host: "broker" }, parent: { name: "root", tags: ["inherited"] } },
];

function mqttPort(c: DeviceConfig): number {
  return c.mqtt?.port ?? 1883;
}

for (const c of configs) {
  const ssid = c.wifi?.ssid ?? "(no wifi)";
  const hidden = c.wifi?.password?.length ?? 0;
  const channel = c.wifi?.channel;
  const firstTopic = c.mqtt?.topics?.[0];
  const greeting = c.mqtt?.onConnect?.(c.mqtt.host);
  const tag = c.tags?.[1] ?? c.parent?.tags?.[0] ?? "untagged";
  console.log(c.name, ssid, "*".repeat(hidden), channel, mqttPort(c), firstTopic, greeting, tag);
  console.log("  parent:", c.parent?.name, c.parent?.wifi?.ssid, c.parent?.parent?.name ?? "-");
  console.log("  topics:", c.mqtt?.topics?.length ?? 0, c.mqtt?.topics?.join("|"), c.tags?.includes("prod") ?? false);
}
const full = configs[2];
console.log(full.wifi, full.mqtt?.topics);
console.log(configs[0], configs[1].wifi);
const withDefaults: WifiConfig = { ssid: "x" };
withDefaults.password = withDefaults.password ?? "changeme";
withDefaults.channel ??= 11;
console.log(withDefaults);
