// A telemetry reporter: sensor objects (classes with constructor parameter properties, fields with
// initializers, inherited fields, callbacks and optional readings) are batched and serialized with
// JSON.stringify as an MQTT payload would be, then a server reply is parsed back with a typed parser.
class Sensor {
  readings: number[] = [];
  lastError?: string;
  onAlarm: (value: number) => void = (value) => {
    if (value > 1e9) console.log("alarm", value);
  };
  constructor(public id: string, public unit: string) {}
  record(value: number): void {
    this.readings.push(Math.round(value * 100) / 100);
  }
}

class ThresholdSensor extends Sensor {
  alarms = 0;
  constructor(id: string, unit: string, private limit: number) {
    super(id, unit);
  }
  override record(value: number): void {
    super.record(value);
    if (value > this.limit) this.alarms++;
  }
}

interface Batch {
  device: string;
  seq: number;
  uptimeS: number;
  sensors: Sensor[];
  gaps: (number | undefined)[];
  meta: Map<string, string>;
  flags: Set<number>;
}

const temp = new ThresholdSensor("t1", "C", 30);
const hum = new Sensor("h1", "%");
[21.456, 29.9, 31.25, 30.001].forEach((v) => temp.record(v));
[45, 47.5].forEach((v) => hum.record(v));
hum.lastError = "timeout at 12:00";

const batch: Batch = {
  device: "node-7",
  seq: 42,
  uptimeS: 86400.5,
  sensors: [temp, hum],
  gaps: [1, undefined, 3],
  meta: new Map([["fw", "1.2.3"]]),
  flags: new Set([1]),
};
const payload = JSON.stringify(batch);
console.log(payload);
console.log(payload.length, new TextEncoder().encode(payload).length);
console.log(JSON.stringify(temp, null, 1));
console.log(JSON.stringify([new Sensor("x", "")]), JSON.stringify([undefined, () => 1, NaN, -Infinity, 0.1 + 0.2, 1e-7, 123456789012]));
console.log(JSON.stringify("line\nbreak"), JSON.stringify(true), JSON.stringify(7), JSON.stringify(undefined), JSON.stringify(null));

// the server's reply
interface Plan {
  intervalS: number;
  sensors: string[];
}
interface Ack {
  seq: number;
  accepted: boolean;
  next?: Plan;
  message: string | null;
}
const replies = [
  '{"seq":42,"accepted":true,"next":{"intervalS":30,"sensors":["t1"]},"message":null}',
  '{"seq":43,"accepted":false,"message":"rate limited \\u26a0"}',
  '{"seq":44,"accepted":tru}',
];
for (const reply of replies) {
  try {
    const ack = JSON.parse(reply) as Ack;
    const next = ack.next === undefined ? "unchanged" : `${ack.next.intervalS}s for ${ack.next.sensors.join("+")}`;
    console.log(`ack ${ack.seq}: ${ack.accepted ? "ok" : "refused"}, next ${next}, message ${ack.message ?? "-"}`);
  } catch (e) {
    if (e instanceof Error) console.log(`bad reply (${e.name})`);
  }
}
