// Errors (issue 4): throw Error objects, try/catch/finally, catch without a binding, the caught
// value narrowed with instanceof, classes extending Error, library RangeErrors.
class ParseError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "ParseError";
  }
}

function check(pin: number): void {
  if (pin < 0) {
    throw new Error("bad pin");
  }
}

function parse(text: string): number {
  try {
    const n = parseInt(text, 10);
    if (isNaN(n)) throw new ParseError(`not a number: ${text}`, 1);
    return n;
  } finally {
    console.log("parsed");
  }
}

try {
  check(2);
  console.log(parse("12"), (2.5).toFixed(1));
} catch (e: unknown) {
  if (e instanceof ParseError) console.log(`line ${e.line}: ${e.message}`);
  else if (e instanceof RangeError) throw e;
  else console.log(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
}
try {
  check(-1);
} catch {
  console.log("failed");
}
