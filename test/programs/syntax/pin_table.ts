// A board description unpacked at module level, as sketches keep their pin map: destructured
// constants and a config object, a histogram buffer from `new Array<number>(n).fill(0)`, and a
// debounce state machine that reads them from functions and a timer.

interface Board {
  name: string;
  ledPin: number;
  buttonPin: number;
  adcPins: number[];
}

const BOARD: Board = { name: "devkit-v1", ledPin: 2, buttonPin: 0, adcPins: [34, 35, 36] };
const { name, ledPin, buttonPin } = BOARD;
const [firstAdc, ...otherAdcs] = BOARD.adcPins;
let [low, high] = [1023, 0];
const CALIBRATION: number[][] = [[3, 4], [-12]];
const [[gainNum, gainDen], [offset = 0, trim = 5]] = CALIBRATION;

const BUCKETS = 8;
const histogram = new Array<number>(BUCKETS).fill(0);
const empty = new Array<string>(3);
const spare = Array<number>(4).fill(-1);

function record(sample: number): void {
  [low, high] = [Math.min(low, sample), Math.max(high, sample)];
  const scaled = Math.floor((sample * gainNum) / gainDen) + offset + trim;
  const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.floor(scaled / 128)));
  histogram[bucket]++;
}

class Debouncer {
  private stable = false;
  private count = 0;

  constructor(private readonly threshold: number) {}

  feed(level: boolean): boolean {
    if (level === this.stable) {
      this.count = 0;
      return false;
    }
    this.count++;
    if (this.count < this.threshold) return false;
    this.stable = level;
    this.count = 0;
    return true;
  }
}

console.log(`${name}: led ${ledPin}, button ${buttonPin}, adc ${firstAdc} + [${otherAdcs.join(", ")}]`);
console.log("holes before fill:", empty.length, empty.join("|") === "||", "spare", spare.join(","));

let seed = 7;
for (let i = 0; i < 40; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  record(seed % 1024);
}
console.log("range", low, high);
console.log("histogram", histogram.join(" "), "total", histogram.reduce((a, b) => a + b, 0));

const debouncer = new Debouncer(3);
const levels = [true, true, false, true, true, true, true, false, false, false, false];
const edges: string[] = [];
levels.forEach((level, i) => {
  if (debouncer.feed(level)) edges.push(`${i}:${level ? "pressed" : "released"}`);
});
console.log("edges", edges.join(" "));

let ticks = 0;
const timer = setInterval(() => {
  ticks++;
  [low, high] = [high, low];
  if (ticks === 3) {
    clearInterval(timer);
    console.log("after timer swaps", low, high);
  }
}, 5);
