// A door controller state machine that rejects bad transitions with a typed error. Commands come
// from a script; a rejected command leaves the state unchanged and the controller carries on.
enum State {
  Closed,
  Opening,
  Open,
  Closing,
  Locked,
}

const NAMES = ["Closed", "Opening", "Open", "Closing", "Locked"];

class TransitionError extends Error {
  constructor(readonly from: State, readonly command: string) {
    super(`cannot ${command} while ${NAMES[from]}`);
    this.name = "TransitionError";
  }
}

class Door {
  state = State.Closed;
  history: string[] = [];

  apply(command: string): void {
    const next = this.next(command);
    this.history.push(`${NAMES[this.state]}->${NAMES[next]}`);
    this.state = next;
  }

  private next(command: string): State {
    switch (this.state) {
      case State.Closed:
        if (command === "open") return State.Opening;
        if (command === "lock") return State.Locked;
        break;
      case State.Opening:
        if (command === "done") return State.Open;
        if (command === "stop") return State.Closing;
        break;
      case State.Open:
        if (command === "close") return State.Closing;
        break;
      case State.Closing:
        if (command === "done") return State.Closed;
        if (command === "open") return State.Opening;
        break;
      case State.Locked:
        if (command === "unlock") return State.Closed;
        throw new TransitionError(this.state, command);
    }
    throw new TransitionError(this.state, command);
  }
}

const door = new Door();
const script = ["open", "lock", "done", "close", "open", "done", "done", "close", "done", "lock", "open", "unlock", "fly"];
let rejected = 0;
for (const command of script) {
  try {
    door.apply(command);
  } catch (e) {
    if (!(e instanceof TransitionError)) throw e;
    rejected++;
    console.log(`rejected #${rejected}: ${e.message} (state stays ${NAMES[e.from]})`);
    continue;
  }
  console.log(`${command}: now ${NAMES[door.state]}`);
}
console.log(door.history.join(" "));
console.log(`final ${NAMES[door.state]}, ${rejected} rejected of ${script.length}`);
