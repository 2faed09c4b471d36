class Thermometer {
  private raw = 512;
  get celsius(): number {
    return this.raw / 10;
  }
}
console.log(new Thermometer().celsius);
