// Per-sensor alarm thresholds kept in Records keyed by sensor name: loaded from a config literal,
// checked with `in`, updated from readings, iterated in JS property order, printed and stringified.
enum Level {
  Warn = "warn",
  Trip = "trip",
}

interface SensorConfig {
  unit: string;
  limits: Record<string, number>;
}

const limits: Record<string, number> = { temp: 80, hum: 95 };
const units: Record<"temp" | "hum", string> = { temp: "C", hum: "%" };
const actions: Record<Level, string> = { warn: "blink", trip: "relay off" };

class AlarmBoard {
  hits: Record<string, number> = {};
  lastLevel: Record<string, Level> = {};

  record(sensor: string, value: number): string {
    if (!(sensor in limits)) return `${sensor}: no limit`;
    this.hits[sensor] = (this.hits[sensor] ?? 0) + 1;
    const limit = limits[sensor];
    const level = value > limit + 10 ? Level.Trip : value > limit ? Level.Warn : undefined;
    if (level === undefined) return `${sensor}: ok (${value} <= ${limit})`;
    this.lastLevel[sensor] = level;
    return `${sensor}: ${level} ${value} > ${limit} -> ${actions[level]}`;
  }
}

function loadOverrides(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split(";")) {
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    out[line.slice(0, eq).trim()] = Number(line.slice(eq + 1));
  }
  return out;
}

function applyOverrides(target: Record<string, number>, overrides: Record<string, number>): number {
  let changed = 0;
  for (const [name, value] of Object.entries(overrides)) {
    if (target[name] !== value) changed++;
    target[name] = value;
  }
  return changed;
}

function main(): void {
  const board = new AlarmBoard();
  const sensors = ["temp", "hum", "co2", "temp", "temp"];
  const readings = [85, 40, 900, 95, 70];
  for (let i = 0; i < sensors.length; i++) console.log(board.record(sensors[i], readings[i]));
  console.log(board.hits, board.lastLevel);
  console.log("missing:", limits["pressure"] === undefined, "pressure" in limits, limits["pressure"] ?? -1);
  console.log("by name:", limits.temp, limits.pressure !== undefined, limits.pressure ?? -2, limits.hum ?? -3);

  const changed = applyOverrides(limits, loadOverrides("temp = 75; co2-ppm=1000; 2=12; hum=95; 10=3; 0=1"));
  console.log("changed", changed);
  limits.hum -= 5;
  limits["temp"] += 1;
  console.log(limits);
  console.log(Object.keys(limits).join(","));
  let sum = 0;
  for (const v of Object.values(limits)) sum += v;
  console.log("sum", sum, Object.values(limits).length);

  const config: SensorConfig = { unit: units.temp, limits: { low: -10, high: 60 } };
  config.limits["$crit"] = 70;
  console.log(config);
  console.log(JSON.stringify(config));
  console.log(JSON.stringify(limits, null, 2));
  console.log(units, units.hum, JSON.stringify(actions));
  const empty: Record<string, boolean> = {};
  console.log(empty, JSON.stringify(empty), Object.keys(empty).length, "x" in empty);
}

main();
