// Blink: toggles the on-board LED (GPIO 2 on an ESP32 DevKit) every 200 ms, three blinks, then stops.
// On the PC (`npx ts-esp run examples/blink`) each pin change is traced to stderr:
//   pinMode 2 OUTPUT / digitalWrite 2 HIGH / digitalWrite 2 LOW ...

const LED = 2;
const BLINKS = 3;
let toggles = 0;

pinMode(LED, OUTPUT);
digitalWrite(LED, LOW);

const timer = setInterval(() => {
  toggles++;
  digitalWrite(LED, toggles % 2 === 1 ? HIGH : LOW);
  if (toggles === BLINKS * 2) {
    clearInterval(timer);
    console.log(`blinked ${BLINKS} times`);
  }
}, 200);
