// A Q15 FIR low-pass filter as DSP firmware writes it for a 16-bit codec: i16 samples and
// coefficients, products accumulated in an i32 with a saturating add, the result rounded and
// saturated back to i16. Inputs stay in range, so Node (plain numbers) prints what the device prints.

const Q15_ONE = 32768;

function toQ15(x: number): i16 {
  const v = Math.round(x * Q15_ONE);
  return Math.max(-32768, Math.min(32767, v));
}

function saturate16(x: number): i16 {
  return x > 32767 ? 32767 : x < -32768 ? -32768 : Math.trunc(x);
}

function addSat32(a: i32, b: i32): i32 {
  const sum = a + b;
  return sum > 2147483647 ? 2147483647 : sum < -2147483648 ? -2147483648 : sum;
}

class Fir {
  private history: number[];
  private index: u8 = 0;
  private readonly size: u8;

  constructor(private readonly taps: number[]) {
    this.size = Math.min(taps.length, 255);
    this.history = new Array<number>(this.size).fill(0);
  }

  push(sample: i16): i16 {
    this.history[this.index] = sample;
    let acc: i32 = 0;
    let k = this.index;
    for (let t = 0; t < this.size; t++) {
      acc = addSat32(acc, (this.taps[t] * this.history[k]) | 0);
      k = k === 0 ? this.size - 1 : k - 1;
    }
    this.index = this.index + 1 < this.size ? this.index + 1 : 0;
    // round half up, then back to Q15
    return saturate16((acc + 16384) >> 15);
  }
}

const coefficients = [0.0625, 0.25, 0.375, 0.25, 0.0625].map((c) => toQ15(c));
console.log("taps", coefficients.join(" "));
const fir = new Fir(coefficients);

// a square wave with a spike: the filter smooths edges and attenuates the spike
const input: number[] = [];
for (let n = 0; n < 24; n++) {
  let v = Math.floor(n / 6) % 2 === 0 ? 12000 : -12000;
  if (n === 15) v = 32767;
  input.push(v);
}
const output = input.map((x) => fir.push(saturate16(x)));
for (let n = 0; n < input.length; n += 4) {
  console.log(`${String(n).padStart(2)}: ${input.slice(n, n + 4).map((v) => String(v).padStart(6)).join("")} -> ${output.slice(n, n + 4).map((v) => String(v).padStart(6)).join("")}`);
}

const dc = new Fir(coefficients);
let last: i16 = 0;
for (let i = 0; i < 8; i++) last = dc.push(32767);
console.log("dc gain at full scale:", last, "saturates to", saturate16(40000), saturate16(-40000));
console.log("q15 of 1.0 and -1.0:", toQ15(1), toQ15(-1));
