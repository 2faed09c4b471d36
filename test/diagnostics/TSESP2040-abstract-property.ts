abstract class Sensor {
  abstract unit: string;
  describe(): string {
    return `reads ${this.unit}`;
  }
}
class Thermometer extends Sensor {
  unit = "C";
}
console.log(new Thermometer().describe());
