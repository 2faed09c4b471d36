namespace Pins {
  export const LED = 2;
}
console.log(Pins.LED);
