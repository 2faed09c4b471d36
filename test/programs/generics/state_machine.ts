// A string-enum-driven state machine for a Wi-Fi provisioning flow: states and events are string
// enums, transitions live in a Map keyed by "state:event", and the log prints the enum values.
enum State {
  Boot = "BOOT",
  Scanning = "SCANNING",
  Connecting = "CONNECTING",
  Online = "ONLINE",
  Error = "ERROR",
}

enum Event {
  Start = "start",
  Found = "found",
  Joined = "joined",
  Failed = "failed",
  Lost = "lost",
  Reset = "reset",
}

type Transition = { to: State; action: string };

class Machine {
  private transitions = new Map<string, Transition>();
  private history: State[] = [];
  private retries = 0;

  constructor(private current: State) {}

  allow(from: State, on: Event, to: State, action: string): void {
    this.transitions.set(`${from}:${on}`, { to, action });
  }

  get state(): State {
    return this.current;
  }

  get path(): string {
    return [...this.history, this.current].join(" -> ");
  }

  handle(e: Event): boolean {
    const t = this.transitions.get(`${this.current}:${e}`);
    if (t === undefined) {
      console.log(`  ignored '${e}' in ${this.current}`);
      return false;
    }
    if (t.to === State.Error) this.retries++;
    this.history.push(this.current);
    this.current = t.to;
    console.log(`  ${e}: ${t.action} -> ${this.current}`);
    return true;
  }

  get failures(): number {
    return this.retries;
  }
}

function ledPattern(s: State): string {
  switch (s) {
    case State.Online:
      return "solid";
    case State.Error:
      return "fast blink";
    case State.Boot:
      return "off";
    default:
      return "slow blink";
  }
}

const m = new Machine(State.Boot);
m.allow(State.Boot, Event.Start, State.Scanning, "scan channels");
m.allow(State.Scanning, Event.Found, State.Connecting, "send credentials");
m.allow(State.Connecting, Event.Joined, State.Online, "start server");
m.allow(State.Connecting, Event.Failed, State.Error, "back off");
m.allow(State.Error, Event.Reset, State.Scanning, "rescan");
m.allow(State.Online, Event.Lost, State.Scanning, "reconnect");

const events: Event[] = [Event.Found, Event.Start, Event.Found, Event.Failed, Event.Reset, Event.Found, Event.Joined, Event.Lost];
for (const e of events) {
  m.handle(e);
  console.log(`${m.state.padEnd(10)} led=${ledPattern(m.state)}`);
}
console.log(m.path);
console.log("failures:", m.failures, "online:", m.state === State.Online, "scanning:", m.state === State.Scanning);
const seen = new Set<State>([State.Boot]);
for (const s of m.path.split(" -> ")) if (s === State.Online) seen.add(State.Online);
console.log(seen, Event.Reset.toUpperCase(), `${State.Error}`.length);
