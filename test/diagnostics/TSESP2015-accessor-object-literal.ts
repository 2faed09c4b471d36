interface Reading {
  readonly celsius: number;
}
const raw = 215;
const reading: Reading = {
  get celsius(): number {
    return raw / 10;
  },
};
console.log(reading.celsius);
