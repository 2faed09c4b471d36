interface Pins {
  led: number;
}
const name = "led";
const pins: Pins = { [name]: 2 };
console.log(pins.led);
