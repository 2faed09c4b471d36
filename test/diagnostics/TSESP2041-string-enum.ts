enum Mode {
  Idle = "idle",
  Busy = "busy",
}
console.log(Mode.Idle);
