// A fixed-point PID controller (Q8.8 gains, i32 state) driving a simulated heater, the way firmware
// without an FPU writes it: every product is shifted back and clamped before it is stored, so the
// i32 fields never overflow and Node prints exactly what the device prints.

const Q = 8; // fractional bits
const ONE: i32 = 1 << Q;
const OUTPUT_MAX: i32 = 1000 << Q;
const INTEGRAL_LIMIT: i32 = 400 << Q;

function clampI32(value: i32, lo: i32, hi: i32): i32 {
  return value < lo ? lo : value > hi ? hi : value;
}

function toFixed(value: number): i32 {
  return Math.round(value * ONE) | 0;
}

function fromFixed(value: i32): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = abs >> Q;
  const frac = Math.round(((abs & (ONE - 1)) * 100) / ONE);
  return `${sign}${whole}.${String(frac).padStart(2, "0")}`;
}

class Pid {
  private integral: i32 = 0;
  private lastError: i32 = 0;
  private primed = false;

  constructor(private kp: i32, private ki: i32, private kd: i32) {}

  /** setpoint and measurement in Q8.8; returns the drive in Q8.8, 0..OUTPUT_MAX. */
  step(setpoint: i32, measured: i32): i32 {
    const error: i32 = (setpoint - measured) | 0;
    this.integral = clampI32((this.integral + ((this.ki * error) >> Q)) | 0, -INTEGRAL_LIMIT, INTEGRAL_LIMIT);
    const derivative: i32 = this.primed ? (error - this.lastError) | 0 : 0;
    this.lastError = error;
    this.primed = true;
    const p: i32 = (this.kp * error) >> Q;
    const d: i32 = (this.kd * derivative) >> Q;
    return clampI32((p + this.integral + d) | 0, 0, OUTPUT_MAX);
  }

  reset(): void {
    this.integral = 0;
    this.lastError = 0;
    this.primed = false;
  }
}

/** A first-order thermal plant: heats with the drive, loses heat to the ambient. */
class Heater {
  temperature: i32;

  constructor(private ambient: i32) {
    this.temperature = ambient;
  }

  apply(drive: i32): void {
    const gain: i32 = (drive * 3) >> 10;
    const loss: i32 = ((this.temperature - this.ambient) * 13) >> 8;
    this.temperature = (this.temperature + gain - loss) | 0;
  }
}

const pid = new Pid(toFixed(12.5), toFixed(0.75), toFixed(4));
const heater = new Heater(toFixed(21.5));
let setpoint: i32 = toFixed(60);

for (let tick = 0; tick < 60; tick++) {
  if (tick === 40) {
    setpoint = toFixed(45.25);
    console.log("-- setpoint lowered to", fromFixed(setpoint));
  }
  const drive = pid.step(setpoint, heater.temperature);
  heater.apply(drive);
  if (tick % 5 === 0 || tick === 59) {
    console.log(`t=${String(tick).padStart(2, " ")} temp=${fromFixed(heater.temperature)} drive=${fromFixed(drive)}`);
  }
}

pid.reset();
console.log("after reset, first drive:", fromFixed(pid.step(toFixed(30), toFixed(29))));
console.log("negative values:", fromFixed(toFixed(-3.5)), fromFixed(clampI32(toFixed(-2000), -OUTPUT_MAX, OUTPUT_MAX)));
