function makeLed(pin: number): number {
  class Led {
    constructor(public pin: number) {}
  }
  return new Led(pin).pin;
}
console.log(makeLed(2));
