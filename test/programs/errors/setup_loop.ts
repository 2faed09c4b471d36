// An Arduino-style sketch: setup() configures a ring buffer, loop() consumes one command per pass.
// A command handler throws on a corrupt command; loop() catches that and keeps going, until an
// overflow it does not handle escapes loop(): uncaught, status 1 (the device would restart).
// expect uncaught: RangeError: ring buffer overflow (capacity 4)
class Ring {
  private items: number[] = [];
  constructor(readonly capacity: number) {}
  push(x: number): void {
    if (this.items.length >= this.capacity) throw new RangeError(`ring buffer overflow (capacity ${this.capacity})`);
    this.items.push(x);
  }
  shift(): number | undefined {
    return this.items.shift();
  }
  get size(): number {
    return this.items.length;
  }
}

const ring = new Ring(4);
const commands = ["push 1", "push 2", "bogus", "pop", "push 3", "push 4", "push 5", "push 6", "push 7", "pop"];
let pass = 0;

export function setup(): void {
  console.log(`setup: ring of ${ring.capacity}`);
}

function handle(command: string): void {
  const [verb, arg] = command.split(" ");
  if (verb === "push") ring.push(Number(arg));
  else if (verb === "pop") console.log(`  popped ${ring.shift()}`);
  else throw new Error(`corrupt command '${command}'`);
}

export function loop(): void {
  const command = commands[pass++];
  console.log(`pass ${pass}: ${command} (size ${ring.size})`);
  try {
    handle(command);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    console.log(`  skipped: ${e instanceof Error ? e.message : String(e)}`);
  }
}
