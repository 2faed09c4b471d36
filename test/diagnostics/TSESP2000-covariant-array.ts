// A Derived[] passed where a Base[] is expected: TS allows it (arrays are covariant), but the
// callee could push a plain Base into the caller's Derived[]; C++ keeps the two types apart.
class Sensor {
  constructor(public name: string) {}
}
class Thermometer extends Sensor {
  celsius = 21;
}
function names(sensors: Sensor[]): string {
  return sensors.map((s) => s.name).join(",");
}
const thermometers: Thermometer[] = [new Thermometer("t1"), new Thermometer("t2")];
console.log(names(thermometers));
function all(): Map<string, Sensor> {
  const byName = new Map<string, Thermometer>();
  return byName;
}
console.log(all().size);
const latest = (): Thermometer[] => thermometers.slice(-1);
const source: () => Sensor[] = latest;
console.log(source().length);
function firstName(sensors: readonly Sensor[]): string {
  return sensors.length > 0 ? sensors[0].name : "";
}
console.log(firstName(thermometers));
