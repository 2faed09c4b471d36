// A sensor pipeline: abstract Sensor classes with getters/setters for calibration, a generic
// Pipeline<T> of processing stages, and a string enum for the sensor state.
enum SensorState {
  Idle = "idle",
  Sampling = "sampling",
  Fault = "fault",
}

abstract class Sensor {
  private offset = 0;
  private samples = 0;
  static created = 0;
  state: SensorState = SensorState.Idle;

  constructor(readonly name: string) {
    Sensor.created++;
  }

  protected abstract readRaw(tick: number): number;
  abstract get unit(): string;

  get calibration(): number {
    return this.offset;
  }

  set calibration(value: number) {
    this.offset = Math.round(value * 100) / 100;
  }

  get sampleCount(): number {
    return this.samples;
  }

  read(tick: number): number {
    this.samples++;
    const raw = this.readRaw(tick);
    if (Number.isNaN(raw)) {
      this.state = SensorState.Fault;
      return raw;
    }
    this.state = SensorState.Sampling;
    return raw + this.offset;
  }

  describe(): string {
    return `${this.name} [${this.state}] ${this.sampleCount} samples, offset ${this.calibration} ${this.unit}`;
  }
}

class Thermistor extends Sensor {
  constructor(private readonly base: number) {
    super("thermistor");
  }
  protected readRaw(tick: number): number {
    return this.base + (tick % 3) * 0.5;
  }
  get unit(): string {
    return "C";
  }
}

class Photocell extends Sensor {
  constructor() {
    super("photocell");
  }
  protected readRaw(tick: number): number {
    return tick === 3 ? NaN : 400 + tick * 10;
  }
  get unit(): string {
    return "lux";
  }
}

class Pipeline<T> {
  private stages: ((value: T) => T)[] = [];
  private processed = 0;

  add(stage: (value: T) => T): void {
    this.stages.push(stage);
  }

  get stageCount(): number {
    return this.stages.length;
  }

  get count(): number {
    return this.processed;
  }

  run(value: T): T {
    this.processed += 1;
    let v = value;
    for (const stage of this.stages) v = stage(v);
    return v;
  }
}

function label(state: SensorState): string {
  switch (state) {
    case SensorState.Idle:
      return "waiting";
    case SensorState.Sampling:
      return "ok";
    default:
      return "CHECK WIRING";
  }
}

const sensors: Sensor[] = [new Thermistor(20), new Photocell()];
sensors[0].calibration = -0.254;
sensors[1].calibration += 5;
sensors[1].calibration *= 2;
console.log("created:", Sensor.created, sensors.map((s) => s.state));

const smooth = new Pipeline<number>();
let last = 0;
smooth.add((v) => (last === 0 ? v : (last + v) / 2));
smooth.add((v) => {
  last = v;
  return Math.round(v * 10) / 10;
});
const tags = new Pipeline<string>();
tags.add((s) => s.trim());
tags.add((s) => s.toUpperCase());

for (let tick = 0; tick < 5; tick++) {
  for (const s of sensors) {
    const v = s.read(tick);
    const shown = s instanceof Thermistor ? smooth.run(v) : v;
    console.log(tick, s.name, shown, s.unit, label(s.state), s.state === SensorState.Fault);
  }
}
for (const s of sensors) console.log(s.describe());
console.log(smooth.count, smooth.stageCount, tags.run("  ok  "), tags.count);
const counts = new Map<SensorState, number>();
for (const s of sensors) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
console.log(counts, SensorState.Fault, `${SensorState.Idle}`.length);
