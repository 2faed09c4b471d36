// A temperature sensor pipeline in single precision, as firmware on an FPU-less or single-FPU chip
// keeps it: raw 12-bit ADC counts (u16) -> calibrated volts (f32) -> despiked (median of three) ->
// smoothed (exponential moving average). Every f32 store goes through Math.fround, so Node rounds
// exactly where the device's float does and the full values print identically.

const ADC_MAX: u16 = 4095;
const VREF: f32 = Math.fround(3.3);

class Calibration {
  constructor(public gain: f32, public offset: f32) {}

  volts(raw: u16): f32 {
    const ideal: f32 = Math.fround((raw * VREF) / ADC_MAX);
    return Math.fround(ideal * this.gain + this.offset);
  }
}

class MedianOfThree {
  private a: f32 = 0;
  private b: f32 = 0;
  private c: f32 = 0;
  private filled: u8 = 0;

  push(value: f32): f32 {
    this.a = this.b;
    this.b = this.c;
    this.c = value;
    this.filled = Math.min(this.filled + 1, 3);
    if (this.filled < 3) return value;
    const lo = Math.min(this.a, this.b, this.c);
    const hi = Math.max(this.a, this.b, this.c);
    return Math.fround(this.a + this.b + this.c - lo - hi);
  }
}

class Ema {
  private value: f32 = 0;
  private primed = false;

  constructor(private alpha: f32) {}

  push(sample: f32): f32 {
    if (!this.primed) {
      this.value = sample;
      this.primed = true;
    } else {
      this.value = Math.fround(this.value + this.alpha * (sample - this.value));
    }
    return this.value;
  }
}

function celsius(volts: f32): f32 {
  // TMP36: 500 mV at 0 degC, 10 mV per degree
  return Math.fround((volts - 0.5) * 100);
}

// a slow warm-up with a spike at sample 7 and a dropout at sample 13
const readings: number[] = [];
for (let i = 0; i < 20; i++) {
  let raw = 930 + i * 6 + ((i * 37) % 11);
  if (i === 7) raw = 4000;
  if (i === 13) raw = 12;
  readings.push(raw);
}

const calibration = new Calibration(Math.fround(1.0125), Math.fround(-0.0042));
const median = new MedianOfThree();
const ema = new Ema(Math.fround(0.25));

for (const [i, raw] of readings.entries()) {
  const v = calibration.volts(raw & 0xfff);
  const despiked = median.push(v);
  const smooth = ema.push(despiked);
  console.log(`${String(i).padStart(2, "0")} raw=${raw} v=${v} median=${despiked} ema=${smooth} degC=${celsius(smooth).toFixed(2)}`);
}

const third: f32 = Math.fround(1 / 3);
console.log("one third as f32:", third, "error vs double:", third - 1 / 3);
console.log("f32 integers are exact up to 2^24:", Math.fround(16777216) === 16777216, Math.fround(16777217));
