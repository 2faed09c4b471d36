// Default and optional parameters.
function greet(name: string, greeting: string = "Hello", punctuation: string = "!"): string {
  return `${greeting}, ${name}${punctuation}`;
}
function blinkPlan(pin: number, times?: number, label?: string): string {
  const n = times ?? 1;
  const text = label === undefined ? "no label" : `label ${label}`;
  if (times !== undefined && times > 3) return `pin ${pin}: many blinks (${times}), ${text}`;
  return `pin ${pin}: ${n} blink(s), ${text}`;
}
function scale(value: number, factor = 2): number {
  return value * factor;
}
console.log(greet("ESP32"));
console.log(greet("ESP32", "Hi"));
console.log(greet("ESP32", "Hey", "?"));
console.log(blinkPlan(2));
console.log(blinkPlan(2, 3));
console.log(blinkPlan(4, 5, "status"));
console.log(blinkPlan(5, undefined, "x"));
console.log(scale(21), scale(2, 0.5));
