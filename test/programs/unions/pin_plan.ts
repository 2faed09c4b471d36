// A board's pin plan as a union of type-literal aliases tagged by `mode`, validated and summarised.
type DigitalOut = { mode: "out"; pin: number; initial?: boolean };
type DigitalIn = { mode: "in"; pin: number; pullup: boolean; debounceMs?: number };
type Pwm = { mode: "pwm"; pin: number; freq: number; duty: number };
type AnalogIn = { mode: "adc"; pin: number; samples?: number };
type PinSpec = DigitalOut | DigitalIn | Pwm | AnalogIn;

const plan: PinSpec[] = [
  { mode: "out", pin: 2, initial: true },
  { mode: "in", pin: 0, pullup: true, debounceMs: 30 },
  { mode: "pwm", pin: 18, freq: 5000, duty: 0.25 },
  { mode: "adc", pin: 34 },
  { mode: "out", pin: 4 },
  { mode: "pwm", pin: 19, freq: 50, duty: 1.5 },
  { mode: "in", pin: 2, pullup: false },
  { mode: "adc", pin: 5, samples: 8 },
];

function problem(spec: PinSpec, used: number[]): string | null {
  if (used.includes(spec.pin)) return `pin ${spec.pin} used twice`;
  switch (spec.mode) {
    case "adc":
      return spec.pin < 32 ? `pin ${spec.pin} has no ADC1 channel` : null;
    case "pwm":
      if (spec.duty < 0 || spec.duty > 1) return `duty ${spec.duty} out of range`;
      return spec.freq > 40000 ? "frequency too high" : null;
    case "out":
      return spec.pin >= 34 ? `pin ${spec.pin} is input-only` : null;
    case "in":
      return spec.pullup && spec.pin >= 34 ? `pin ${spec.pin} has no pull-up` : null;
  }
}

function describe(spec: PinSpec): string {
  switch (spec.mode) {
    case "out":
      return `GPIO${spec.pin} out, starts ${spec.initial ? "HIGH" : "LOW"}`;
    case "in":
      return `GPIO${spec.pin} in${spec.pullup ? " pullup" : ""}, debounce ${spec.debounceMs ?? 0} ms`;
    case "pwm":
      return `GPIO${spec.pin} pwm ${spec.freq} Hz at ${(spec.duty * 100).toFixed(0)}%`;
    case "adc":
      return `GPIO${spec.pin} adc x${spec.samples ?? 1}`;
  }
}

const used: number[] = [];
const accepted: PinSpec[] = [];
for (const spec of plan) {
  const why = problem(spec, used);
  if (why !== null) {
    console.log("reject", spec.mode, spec.pin, "-", why);
    continue;
  }
  used.push(spec.pin);
  accepted.push(spec);
  console.log("ok    ", describe(spec));
}
const outputs = accepted.filter((s) => s.mode === "out" || s.mode === "pwm").map((s) => s.pin);
console.log("outputs", outputs, "inputs", accepted.length - outputs.length);
const debounces = plan.map((s) => (s.mode === "in" ? s.debounceMs : undefined)).filter((d) => d !== undefined);
console.log("debounces", debounces, debounces.map((d) => d * 2));
console.log(accepted[0], accepted[accepted.length - 1]);
