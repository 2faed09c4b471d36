// Getters and setters everywhere a sketch uses them: a PWM channel with a clamped duty setter, a
// static accessor for the shared clock, an interface accessor, ++/-- and compound assignment on
// accessor properties, assignments used as values, and readonly fields.
interface Dimmable {
  get level(): number;
  set level(value: number);
}

class PwmChannel implements Dimmable {
  private static ticks = 0;
  private duty = 0;
  private writes = 0;
  readonly resolution: number = 255;

  constructor(readonly pin: number) {}

  static get now(): number {
    return PwmChannel.ticks;
  }

  static set now(t: number) {
    PwmChannel.ticks = Math.max(PwmChannel.ticks, t);
  }

  get level(): number {
    return this.duty;
  }

  set level(value: number) {
    this.writes++;
    this.duty = Math.min(this.resolution, Math.max(0, Math.round(value)));
  }

  get percent(): string {
    return `${((this.duty / this.resolution) * 100).toFixed(1)}%`;
  }

  get writeCount(): number {
    return this.writes;
  }
}

function fadeAll(channels: Dimmable[], step: number): void {
  for (const c of channels) c.level += step;
}

const red = new PwmChannel(25);
const green = new PwmChannel(26);
const channels: Dimmable[] = [red, green];
red.level = 100.4;
green.level = -20;
console.log(red.level, green.level, red.percent, green.percent);
fadeAll(channels, 60);
console.log(red.level, green.level);
red.level++;
++green.level;
channels[1].level *= 3;
channels[0].level -= 500;
console.log(red.level, green.level, red.percent, green.percent);
const before = green.level--;
const assigned = (red.level = 42.6);
console.log(before, green.level, assigned, red.level, red.writeCount, green.writeCount);
PwmChannel.now = 1000;
PwmChannel.now = 10;
PwmChannel.now += 5;
console.log(PwmChannel.now, red.pin, red.resolution, green.percent);
