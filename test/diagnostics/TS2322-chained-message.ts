interface Led {
  pin: number;
  blink(times: number): void;
}
function use(led: Led): void {
  led.blink(1);
}
use({ pin: 2, blink: (times: string) => console.log(times) });
