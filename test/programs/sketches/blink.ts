// Blink: pins and timing through the Arduino API; the pin trace goes to stderr.
const LED = 2;
let on = false;
let blinks = 0;
export function setup(): void {
  Serial.begin(115200);
  pinMode(LED, OUTPUT);
  console.log("blink starting on pin", LED);
  const id = setInterval(() => {
    on = !on;
    digitalWrite(LED, on ? HIGH : LOW);
    if (!on) blinks++;
    if (blinks === 3) {
      clearInterval(id);
      console.log("blinked", blinks, "times; pin reads", digitalRead(LED));
    }
  }, 5);
}
