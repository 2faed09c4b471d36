// &&, || and ?? return operand values, not booleans; the ternary operator.
function pick(label: string, fallback: string): string {
  return label || fallback;
}
function firstPositive(a: number, b: number): number {
  return (a > 0 ? a : 0) || b;
}
function maybe(x?: number): number {
  return x ?? -1;
}
console.log(pick("", "default"), pick("given", "default"));
const none = firstPositive(-1, 0);
const three = firstPositive(3, 0);
console.log(firstPositive(5, 9), firstPositive(-5, 9), none || 7, three && 4, none && 4, none / none || 1);
console.log(maybe(), maybe(0), maybe(12));
const blank = pick("", "");
const name = blank || "anonymous";
const zero = maybe(0) ?? 42;
console.log(name, zero);
let calls = 0;
function touch(): boolean {
  calls++;
  return true;
}
const shortCircuit = false && touch();
const evaluated = true && touch();
console.log(shortCircuit, evaluated, calls);
const level = 7;
const grade = level > 8 ? "high" : level > 4 ? "medium" : "low";
console.log(grade, level === 7 ? 1 : 0, level !== 7);
