// Interfaces as the type of object literals: configuration records.
interface WifiConfig {
  ssid: string;
  channel: number;
  hidden: boolean;
}
interface Reading {
  sensor: string;
  value: number;
}
const config: WifiConfig = { ssid: "esp-net", channel: 6, hidden: false };
console.log(config.ssid, config.channel, config.hidden);
config.channel = 11;
function describe(c: WifiConfig): string {
  return `${c.ssid} on ${c.channel}${c.hidden ? " (hidden)" : ""}`;
}
console.log(describe(config), describe({ ssid: "lab", channel: 1, hidden: true }));
const readings: Reading[] = [];
for (let i = 0; i < 3; i++) readings.push({ sensor: `s${i}`, value: i * 1.5 });
function makeReading(sensor: string, value: number): Reading {
  return { sensor, value };
}
readings.push(makeReading("extra", 9));
console.log(readings.map((r) => `${r.sensor}=${r.value}`).join(" "));
const best = readings.reduce((a, b) => (a.value > b.value ? a : b));
console.log("best", best.sensor);
