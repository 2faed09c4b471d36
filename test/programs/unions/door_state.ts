// A door controller whose state is a discriminated union; transitions return the next state or
// null when the event does not apply; a `type` tag instead of `kind`.
interface Closed {
  type: "closed";
  locked: boolean;
}
interface Opening {
  type: "opening";
  progress: number;
}
interface Open {
  type: "open";
  since: number;
}
interface Fault {
  type: "fault";
  code: number;
  message: string;
}
type DoorState = Closed | Opening | Open | Fault;
type DoorEvent = "unlock" | "lock" | "open" | "tick" | "close" | "jam";

function next(state: DoorState, event: DoorEvent, now: number): DoorState | null {
  switch (state.type) {
    case "closed":
      if (event === "unlock" && state.locked) return { type: "closed", locked: false };
      if (event === "lock" && !state.locked) return { type: "closed", locked: true };
      if (event === "open") return state.locked ? { type: "fault", code: 1, message: "locked" } : { type: "opening", progress: 0 };
      return null;
    case "opening":
      if (event === "jam") return { type: "fault", code: 2, message: `jammed at ${state.progress}%` };
      if (event !== "tick") return null;
      return state.progress >= 75 ? { type: "open", since: now } : { type: "opening", progress: state.progress + 25 };
    case "open":
      return event === "close" ? { type: "closed", locked: false } : null;
    case "fault":
      return event === "unlock" ? { type: "closed", locked: state.code === 1 } : null;
  }
}

function summary(s: DoorState): string {
  if (s.type === "closed") return s.locked ? "closed+locked" : "closed";
  if (s.type === "opening") return `opening ${s.progress}%`;
  if (s.type === "open") return `open since t=${s.since}`;
  return `FAULT ${s.code}: ${s.message}`;
}

let state: DoorState = { type: "closed", locked: true };
const script: DoorEvent[] = ["open", "unlock", "unlock", "open", "tick", "tick", "lock", "tick", "tick", "tick", "close", "open", "tick", "jam", "unlock", "lock"];
let t = 0;
let ignored = 0;
for (const e of script) {
  t += 10;
  const n = next(state, e, t);
  if (n === null) {
    ignored++;
    console.log(`t=${t} ${e}: ignored in ${state.type}`);
    continue;
  }
  state = n;
  console.log(`t=${t} ${e}: ${summary(state)}`);
}
console.log("ignored", ignored, "final", state);
const history: DoorState[] = [{ type: "open", since: 5 }, { type: "fault", code: 3, message: "motor" }];
for (const h of history) console.log(h.type, summary(h), h.type === "fault" ? h.code : 0);
