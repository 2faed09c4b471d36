abstract class Sensor {
  abstract read(): number;
}
class Fake extends Sensor {
  read(): number {
    return 1;
  }
}
console.log(new Fake().read());
