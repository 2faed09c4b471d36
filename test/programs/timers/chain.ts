// A blink sequence driven by chained timeouts and a closure counter.
let step = 0;
const pattern: number[] = [100, 50, 100, 50, 300];
function schedule(): void {
  if (step >= pattern.length) {
    console.log("pattern complete after", step, "steps");
    return;
  }
  const duration = pattern[step];
  setTimeout(() => {
    console.log(`step ${step}: ${step % 2 === 0 ? "on" : "off"} for ${duration}ms`);
    step++;
    schedule();
  }, duration / 10);
}
schedule();
console.log("scheduled first step");
