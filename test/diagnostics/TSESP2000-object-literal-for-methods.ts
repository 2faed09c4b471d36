interface Sensor {
  read(): number;
}
const fake: Sensor = { read: () => 42 };
console.log(fake.read());
