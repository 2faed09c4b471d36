// A watchdog built on timers: heartbeats stop after three beats, and the watchdog callback throws.
// A throw out of a timer callback is uncaught, as in Node: the message goes to stderr, status 1,
// and the interval that would have run forever never fires again.
// expect uncaught: WatchdogError: no heartbeat for 250 ms (last beat 3)
class WatchdogError extends Error {
  constructor(readonly silentMs: number, readonly lastBeat: number) {
    super(`no heartbeat for ${silentMs} ms (last beat ${lastBeat})`);
    this.name = "WatchdogError";
  }
}

let beats = 0;
let lastBeatAt = 0;
let now = 0;
const heartbeat = setInterval(() => {
  beats++;
  lastBeatAt = now;
  console.log(`beat ${beats}`);
  if (beats === 3) clearInterval(heartbeat);
}, 100);

setInterval(() => {
  now += 50;
  const silent = now - lastBeatAt;
  if (beats > 0 && silent > 200) throw new WatchdogError(silent, beats);
}, 50);

setTimeout(() => {
  try {
    throw new Error("handled inside a timer");
  } catch (e) {
    console.log(`caught: ${e instanceof Error ? e.message : String(e)}`);
  }
}, 120);
