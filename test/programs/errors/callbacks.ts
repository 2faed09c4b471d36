// Errors thrown from closures, callbacks run by array methods, methods and constructors: the
// throw stops the callback loop, stops the rest of the expression, and never stores a result.
class Sensor {
  readonly samples: number[];
  constructor(readonly id: string, count: number) {
    if (count <= 0) throw new RangeError(`sensor ${id}: count must be positive, got ${count}`);
    this.samples = [];
    for (let i = 0; i < count; i++) this.samples.push(i * 1.5);
  }

  average(): number {
    if (this.samples.length === 0) throw new Error(`sensor ${this.id} has no samples`);
    return this.samples.reduce((a, b) => a + b, 0) / this.samples.length;
  }
}

function checked(limit: number): (x: number) => number {
  return (x: number) => {
    if (x > limit) throw new RangeError(`${x} exceeds ${limit}`);
    return x * 2;
  };
}

const visited: number[] = [];
try {
  [1, 5, 9, 2].forEach((x) => {
    visited.push(x);
    if (x > 4) throw new Error(`stop at ${x}`);
  });
} catch (e) {
  console.log(`forEach: ${e instanceof Error ? e.message : String(e)}; visited ${visited.join(",")}`);
}

const doubled: number[] = [0];
try {
  const result = [1, 2, 30, 4].map(checked(10));
  doubled.push(result.length);
} catch (e) {
  if (e instanceof RangeError) console.log(`map: ${e.message}; doubled still ${doubled.join(",")}`);
}

let calls = 0;
function next(value: number): number {
  calls++;
  if (value < 0) throw new Error("negative");
  return value;
}
let total = 0;
try {
  total = next(1) + next(-1) + next(3);
} catch (e) {
  console.log(`sum: ${String(e)}; calls ${calls}; total ${total}`);
}

const table = [10, 20, 30];
let i = 0;
try {
  table[i] = next(-5);
} catch (e) {
  console.log(`store: ${e instanceof Error ? e.name : "?"}; table ${table.join(",")}`);
}

const sensors: Sensor[] = [];
for (const count of [3, 0, 2]) {
  try {
    sensors.push(new Sensor(`s${count}`, count));
  } catch (e) {
    if (e instanceof RangeError) console.log(`constructor: ${e.message}`);
  }
}
console.log(`built ${sensors.length} sensors: ${sensors.map((s) => `${s.id}=${s.average()}`).join(" ")}`);
const empty = sensors[0];
while (empty.samples.length > 0) empty.samples.pop();
try {
  console.log(empty.average());
} catch (e) {
  console.log(`method: ${e instanceof Error ? e.message : String(e)}`);
}
