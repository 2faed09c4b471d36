// Several closures sharing one mutable variable; a recursive closure.
function makeToggle(): (() => boolean)[] {
  let on = false;
  const toggle = () => {
    on = !on;
    return on;
  };
  const read = () => on;
  return [toggle, read];
}
const pair = makeToggle();
const toggle = pair[0];
const read = pair[1];
console.log(read(), toggle(), read(), toggle(), read());
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
console.log("10! =", factorial(10));
function outer(): number {
  let depth = 0;
  function visit(n: number): void {
    depth++;
    if (n > 0) visit(n - 1);
  }
  visit(4);
  return depth;
}
console.log("visits", outer());
let message = "start";
const setMessage = (m: string) => {
  message = m;
};
setMessage("changed");
console.log(message);
