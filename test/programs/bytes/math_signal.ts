// Signal processing a sketch does on sampled data with the whole of Math: a thermistor curve
// (Steinhart-Hart with log), RMS and vector magnitude (hypot), soft limiting (tanh), activation and
// decibels (expm1/log1p/log10), angle math (atan2, asinh/acosh/atanh, sinh/cosh), integer tricks
// (clz32, imul, fround, trunc, sign, cbrt), all stored in typed arrays.
const samples = new Float64Array(16);
for (let i = 0; i < samples.length; i++) samples[i] = Math.sin((2 * Math.PI * i) / 16) * 0.75 + 0.25 * Math.cos((6 * Math.PI * i) / 16);

function rms(xs: Float64Array): number {
  let sum = 0;
  for (const x of xs) sum += x * x;
  return Math.sqrt(sum / xs.length);
}
console.log("rms", rms(samples).toFixed(12), "peak", Math.max(samples[0], samples[3], samples[4], samples[5]).toFixed(12));

// thermistor: 10k NTC, B=3950, Steinhart-Hart simplified with log
function thermistorCelsius(adc: number): number {
  const resistance = (10000 * adc) / (4095 - adc);
  const invT = 1 / 298.15 + Math.log(resistance / 10000) / 3950;
  return 1 / invT - 273.15;
}
const adcReadings = Uint16Array.of(1024, 2048, 3000, 3500);
console.log(Array.from(adcReadings, (a) => thermistorCelsius(a).toFixed(3)).join(" "));

// 3-axis accelerometer magnitude and tilt
const accel = Float32Array.of(0.12, -0.98, 0.31);
console.log(Math.hypot(accel[0], accel[1], accel[2]).toFixed(9), Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1e200, 1e200));
console.log((Math.atan2(accel[1], accel[2]) * 180) / Math.PI, Math.fround(accel[0]) === accel[0], Math.fround(5.5), Math.fround(5.05));

// soft limiter and activations
const limited = samples.map((x) => Math.tanh(3 * x) / Math.tanh(3));
console.log(limited[4].toFixed(12), limited[12].toFixed(12));
// (libm and V8 may differ in the last bit here: printed to 12 places, as a display would)
const fixed = (xs: number[]): string => xs.map((x) => x.toFixed(12)).join(" ");
console.log(fixed([Math.tanh(0.5), Math.sinh(1), Math.cosh(1), Math.asinh(1), Math.acosh(2), Math.atanh(0.5)]));
console.log(Math.expm1(1e-10), Math.log1p(1e-10), fixed([Math.expm1(1), Math.log1p(1)]), Math.expm1(-Infinity), Math.log1p(-1));
const db = (ratio: number): number => 20 * Math.log10(ratio);
console.log(db(2).toFixed(6), db(0.5).toFixed(6), db(1000), Math.log2(1024), Math.cbrt(27), Math.cbrt(-8));

// integer helpers used by hash functions and bit fields
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}
console.log(fnv1a(new TextEncoder().encode("hello")).toString(16), Math.imul(0xffffffff, 5), Math.imul(3, 4));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(0x80000000), Math.clz32(-1), 31 - Math.clz32(1000));
console.log(Math.sign(-3), Math.sign(0), Math.sign(-0), Math.trunc(-4.7), Math.trunc(4.7), Math.round(-2.5), Math.round(2.5));
console.log(Math.sinh(0), Math.tanh(Infinity), Math.atanh(1), Math.acosh(0.5), Math.asinh(-0));
