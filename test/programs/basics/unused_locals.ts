// Locals that are never read are legal TS and must not trip g++ -Wunused warnings.
function f(): number {
  const unused = 5;
  let written = 0;
  written = 3;
  let count = 0;
  for (const _ of [1, 2]) count++;
  return count;
}
console.log(f());
