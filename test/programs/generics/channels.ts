// Telemetry channels: an abstract generic base class with an abstract encoder, subclasses that fix
// the type argument or stay generic (super calls into the generic base), a generic interface for
// sinks, readonly arrays as parameters, and a generic method on a non-generic class.
interface Sink<T> {
  accept(topic: string, value: T): void;
  readonly name: string;
}

abstract class Channel<T> {
  protected sent = 0;
  constructor(readonly topic: string) {}

  protected abstract encode(value: T): string;

  publish(value: T): string {
    this.sent++;
    return `${this.topic}=${this.encode(value)}`;
  }

  describe(): string {
    return `${this.topic} (${this.sent} sent)`;
  }
}

class NumberChannel extends Channel<number> {
  constructor(topic: string, private readonly digits: number) {
    super(topic);
  }
  protected encode(value: number): string {
    return value.toFixed(this.digits);
  }
}

class ListChannel<T extends number | string> extends Channel<T[]> {
  protected encode(values: T[]): string {
    return `[${values.join(";")}]`;
  }
  override describe(): string {
    return `list ${super.describe()}`;
  }
}

class Recorder<T extends number | string | boolean> implements Sink<T> {
  readonly name: string;
  private log: string[] = [];
  constructor(name: string) {
    this.name = name;
  }
  accept(topic: string, value: T): void {
    this.log.push(`${topic}:${value}`);
  }
  dump(): string {
    return `${this.name} <- ${this.log.join(", ")}`;
  }
}

class Stats {
  private calls = 0;
  pick<T>(values: readonly T[], better: (a: T, b: T) => boolean): T {
    this.calls++;
    let best = values[0];
    for (const v of values) if (better(v, best)) best = v;
    return best;
  }
  get count(): number {
    return this.calls;
  }
}

function total(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

const temp = new NumberChannel("temp", 1);
const pins = new ListChannel<number>("pins");
const words = new ListChannel<string>("words");
console.log(temp.publish(21.456), temp.publish(-3), pins.publish([2, 4]), words.publish(["a", "b", "c"]));
const channels: Channel<number>[] = [temp];
console.log(channels.map((c) => c.describe()), pins.describe(), words.describe());

const numbers = new Recorder<number>("numbers");
const flags = new Recorder<boolean>("flags");
const sinks: Sink<number>[] = [numbers];
for (const s of sinks) s.accept("temp", 21.5);
numbers.accept("hum", 40);
flags.accept("door", true);
console.log(numbers.dump(), "|", flags.dump(), sinks[0].name);

const stats = new Stats();
const samples: readonly number[] = [3, 9, 4];
console.log(stats.pick(samples, (a, b) => a > b), stats.pick(["x", "yy", "z"], (a, b) => a.length > b.length), stats.count, total(samples));
