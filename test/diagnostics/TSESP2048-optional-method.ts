interface Options {
  pin: number;
  inverted?: boolean;
}
const options: Options = { pin: 2 };
console.log(options.pin);
