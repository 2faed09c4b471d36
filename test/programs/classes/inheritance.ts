// extends, super(...), super.method(), overriding and virtual dispatch.
class Sensor {
  readings = 0;
  constructor(public name: string) {}
  read(): number {
    this.readings++;
    return 0;
  }
  describe(): string {
    return `sensor ${this.name}`;
  }
  report(): string {
    return `${this.describe()}: ${this.read()}`;
  }
}
class Thermometer extends Sensor {
  constructor(name: string, private offset: number) {
    super(name);
  }
  override read(): number {
    super.read();
    return 20 + this.offset;
  }
  override describe(): string {
    return `thermometer (${super.describe()})`;
  }
}
class PreciseThermometer extends Thermometer {
  override read(): number {
    return super.read() + 0.25;
  }
}
const sensors: Sensor[] = [new Sensor("generic"), new Thermometer("kitchen", 1.5), new PreciseThermometer("lab", -0.5)];
for (const s of sensors) console.log(s.report(), s.readings);
const t: Sensor = sensors[2];
console.log(t.describe(), t.read(), t.readings);
