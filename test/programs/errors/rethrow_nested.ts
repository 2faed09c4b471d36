// Nested handlers in a command dispatcher: inner handlers add context and rethrow, `catch {}`
// without a binding, errors crossing several frames, and named functions used as callbacks.
class CommandError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = "CommandError";
  }
}

function parseArgument(text: string): number {
  const value = Number(text);
  if (isNaN(value)) throw new TypeError(`not a number: '${text}'`);
  return value;
}

function scale(args: string[]): number {
  let product = 1;
  for (const a of args) product *= parseArgument(a);
  if (product > 1000) throw new RangeError(`product ${product} too large`);
  return product;
}

function run(line: string): string {
  const words = line.split(" ");
  const name = words[0];
  try {
    if (name === "scale") return `scale=${scale(words.slice(1))}`;
    if (name === "echo") return words.slice(1).join(" ");
    throw new CommandError(`unknown command '${name}'`, 404);
  } catch (e) {
    if (e instanceof CommandError) throw e;
    if (e instanceof Error) throw new CommandError(`${name}: ${e.name}: ${e.message}`, e instanceof RangeError ? 413 : 400);
    throw e;
  }
}

function probe(line: string): boolean {
  try {
    run(line);
    return true;
  } catch {
    return false;
  }
}

const lines = ["echo hello world", "scale 2 3 4", "scale 2 x", "scale 100 100", "reboot now"];
for (const line of lines) {
  try {
    console.log(`> ${line}: ${run(line)}`);
  } catch (e) {
    if (e instanceof CommandError) console.log(`> ${line}: error ${e.code} ${e.message}`);
  }
}
console.log(lines.map((l) => (probe(l) ? "ok" : "fail")).join(" "));

function mustBePositive(x: number): void {
  if (x <= 0) throw new RangeError(`${x} is not positive`);
  console.log(`checked ${x}`);
}
try {
  [3, 1, -2, 7].forEach(mustBePositive);
} catch (e) {
  console.log(`forEach(named): ${e instanceof RangeError ? e.message : "?"}`);
}

let depth = 0;
function descend(n: number): number {
  depth++;
  if (n === 0) throw new Error(`bottom reached at depth ${depth}`);
  return descend(n - 1) + 1;
}
try {
  console.log(descend(5));
} catch (e) {
  console.log(e instanceof Error ? e.message : String(e));
}
const err = new CommandError("built, not thrown", 1);
console.log(`${err.name}/${err.code}/${err.message}/${err instanceof Error}/${String(err)}`);
