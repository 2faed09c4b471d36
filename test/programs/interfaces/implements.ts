// Classes implementing an interface, used through the interface type.
interface Actuator {
  name: string;
  activate(level: number): string;
}
class Relay implements Actuator {
  name: string;
  constructor(private pin: number) {
    this.name = `relay${pin}`;
  }
  activate(level: number): string {
    return `${this.name} ${level > 0 ? "closed" : "open"} (pin ${this.pin})`;
  }
}
class Dimmer implements Actuator {
  constructor(public name: string) {}
  activate(level: number): string {
    return `${this.name} at ${Math.round(level * 100)}%`;
  }
}
const actuators: Actuator[] = [new Relay(16), new Dimmer("lamp"), new Relay(17)];
for (const a of actuators) console.log(a.activate(0.42));
function activateAll(list: Actuator[], level: number): number {
  let n = 0;
  list.forEach((a) => {
    a.activate(level);
    n++;
  });
  return n;
}
console.log("activated", activateAll(actuators, 0));
