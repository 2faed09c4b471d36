// Retry loops with finally cleanup: a flaky bus that fails on some attempts; every attempt
// releases the bus in `finally`, whether it returns, continues, breaks or throws.
class BusError extends Error {
  constructor(message: string, readonly transient: boolean) {
    super(message);
    this.name = "BusError";
  }
}

class Bus {
  locked = false;
  attempts = 0;
  releases = 0;
  constructor(private readonly failures: number[]) {}

  acquire(): void {
    if (this.locked) throw new Error("bus already locked");
    this.locked = true;
  }

  release(): void {
    this.locked = false;
    this.releases++;
  }

  read(register: number): number {
    this.attempts++;
    if (this.failures.includes(this.attempts)) throw new BusError(`nack on attempt ${this.attempts}`, this.attempts % 5 !== 0);
    return register * 10 + this.attempts;
  }
}

function readWithRetry(bus: Bus, register: number, maxTries: number): number {
  for (let attempt = 1; ; attempt++) {
    bus.acquire();
    try {
      return bus.read(register);
    } catch (e) {
      if (!(e instanceof BusError) || !e.transient || attempt >= maxTries) throw e;
      console.log(`  retry ${attempt}: ${e.message}`);
    } finally {
      bus.release();
    }
  }
}

const bus = new Bus([1, 2, 4, 5, 7, 8, 9]);
for (const register of [3, 4, 6, 7]) {
  try {
    console.log(`register ${register} = ${readWithRetry(bus, register, 3)}`);
  } catch (e) {
    console.log(`register ${register} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log(`  locked=${bus.locked} releases=${bus.releases}`);
}

// break and continue leave through finally too
const log: string[] = [];
for (let i = 0; i < 6; i++) {
  try {
    if (i === 1) continue;
    if (i === 4) break;
    log.push(`work ${i}`);
  } finally {
    log.push(`cleanup ${i}`);
  }
}
console.log(log.join("; "));

// nested finally blocks run innermost first; a return value survives both
function nested(trace: string[]): string {
  try {
    try {
      trace.push("inner body");
      return "value";
    } finally {
      trace.push("inner finally");
    }
  } finally {
    trace.push("outer finally");
  }
}
const trace: string[] = [];
console.log(nested(trace), trace.join(" > "));

// a return in finally overrides the thrown error; a throw in finally replaces it
function swallow(): number {
  try {
    throw new Error("lost");
  } finally {
    return 7;
  }
}
function replace(): number {
  try {
    throw new Error("first");
  } finally {
    throw new RangeError("second");
  }
}
console.log("swallow", swallow());
try {
  replace();
} catch (e) {
  if (e instanceof RangeError) console.log("replaced by", e.name, e.message);
}
