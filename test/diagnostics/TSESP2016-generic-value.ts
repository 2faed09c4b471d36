function identity<T>(value: T): T {
  return value;
}
const readings = [3, 1, 2];
console.log(readings.map(identity));
