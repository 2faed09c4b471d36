// Order on the device: top-level code, setup(), then loop() again and again with timers in between.
// loop() waits 1 ms like a typical Arduino loop (on the PC a wait is also when stdout is flushed).
console.log("top-level");
let loops = 0;
let ticks = 0;
let reported = false;
setInterval(() => {
  ticks++;
}, 1);

export function setup(): void {
  console.log("setup", loops, ticks);
}

export function loop(): void {
  loops++;
  if (loops <= 3) console.log("loop", loops);
  if (!reported && loops > 3 && ticks >= 3) {
    reported = true;
    console.log("timers ran between loops");
  }
  delay(1);
}
