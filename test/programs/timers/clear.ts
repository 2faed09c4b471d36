// clearTimeout before a timer fires; a watchdog pattern.
let fired = "";
const a = setTimeout(() => (fired += "a"), 10);
const b = setTimeout(() => (fired += "b"), 20);
setTimeout(() => (fired += "c"), 30);
clearTimeout(a);
let watchdog: number | undefined = setTimeout(() => console.log("watchdog expired"), 25);
setTimeout(() => {
  clearTimeout(watchdog);
  watchdog = undefined;
  console.log("watchdog fed");
}, 5);
setTimeout(() => {
  clearTimeout(b);
  console.log("fired:", fired);
}, 60);
clearTimeout(9999);
