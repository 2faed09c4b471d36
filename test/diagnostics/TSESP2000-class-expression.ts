const Blinker = class {
  pin = 2;
};
console.log(new Blinker().pin);
