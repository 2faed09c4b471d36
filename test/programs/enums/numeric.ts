// Numeric enums as states and flags.
enum State {
  Idle,
  Connecting,
  Connected = 10,
  Error,
}
enum Flag {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
}
let state = State.Idle;
function next(s: State): State {
  switch (s) {
    case State.Idle:
      return State.Connecting;
    case State.Connecting:
      return State.Connected;
    default:
      return State.Error;
  }
}
for (let i = 0; i < 4; i++) {
  console.log("state", state, state === State.Connected);
  state = next(state);
}
const perms = Flag.Read | Flag.Exec;
console.log(perms, (perms & Flag.Write) !== 0, (perms & Flag.Exec) !== 0, Flag.None);
