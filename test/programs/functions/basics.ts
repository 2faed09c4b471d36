// Function declarations, recursion and returning values of every type.
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function describe(n: number): string {
  if (n < 0) return "negative";
  if (n === 0) return "zero";
  return "positive";
}
function isEven(n: number): boolean {
  return n % 2 === 0;
}
function log(message: string): void {
  console.log(`[log] ${message}`);
}
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
const fibs: number[] = [];
for (let i = 0; i < 15; i++) fibs.push(fib(i));
console.log(fibs.join(" "));
console.log(describe(-3), describe(0), describe(4), isEven(10), isEven(7));
log("started");
console.log("gcd", gcd(1071, 462), gcd(17, 5));
console.log(usedBeforeDeclaration(2));
function usedBeforeDeclaration(x: number): number {
  return x * 21;
}
