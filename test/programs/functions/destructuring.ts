// Destructuring as sensor and protocol code uses it: splitting parsed fields, reading config
// objects, iterating key/value rows, callbacks taking a record, defaults, holes and rest elements.
interface Reading {
  sensor: string;
  value: number;
  at: number;
}

class Range {
  constructor(public low: number, public high: number) {}
}

function parseLine(line: string): string[] {
  return line.split(",").map((s) => s.trim());
}

function describe({ sensor, value: v }: Reading, [low, high]: number[] = [0, 100]): string {
  const state = v < low ? "low" : v > high ? "high" : "ok";
  return `${sensor}=${v} (${state})`;
}

function main(): void {
  const [cmd, arg = "none", ...extra] = parseLine("SET, 42 , a, b");
  console.log(cmd, arg, extra, extra.length);
  const [only, second = "default", ...nothing] = parseLine("PING");
  console.log(only, second, nothing);

  const [, minute, , hour] = [5, 30, 7, 12];
  console.log(minute, hour);

  const reading: Reading = { sensor: "temp", value: 21.5, at: 1000 };
  const { sensor, value, at: timestamp } = reading;
  console.log(sensor, value, timestamp);
  console.log(describe(reading), describe({ sensor: "hum", value: 80, at: 0 }, [30, 60]));

  const limits = new Range(10, 20);
  let { low, high } = limits;
  low -= 5;
  console.log(low, high, limits.low);

  // nested patterns and defaults that depend on the earlier names
  const grid: number[][] = [[1, 2], [3]];
  const [[a, b], [c, d = a + c]] = grid;
  console.log(a, b, c, d);

  // for...of over rows of pairs and over records
  const table: string[][] = [["ssid", "home"], ["port", "8080"], ["mode"]];
  for (const [key, val = "(unset)"] of table) console.log(`${key}: ${val}`);
  const readings: Reading[] = [reading, { sensor: "door", value: 1, at: 1500 }];
  for (const { sensor: name, at } of readings) console.log(name, at);

  // callbacks with destructured parameters
  const names = readings.map(({ sensor }) => sensor.toUpperCase());
  const sums = grid.map(([first, ...others]) => first + others.reduce((s, x) => s + x, 0));
  console.log(names.join("+"), sums);
  const total = readings.reduce((sum, { value }) => sum + value, 0);
  console.log(total);

  // destructured names captured and reassigned by closures share one cell
  let [count, step] = [0, 2];
  const bump = (): void => {
    count += step;
  };
  bump();
  bump();
  console.log(count, step);
  const counters: (() => number)[] = [];
  for (let [i] of [[1], [2], [3]]) {
    counters.push(() => i * 10);
    i++;
  }
  console.log(counters.map((f) => f()).join(","));

  // the value is evaluated once
  let calls = 0;
  const next = (): number[] => {
    calls++;
    return [calls, calls * 2];
  };
  const [x1, y1] = next();
  console.log(x1, y1, calls);
}

main();
