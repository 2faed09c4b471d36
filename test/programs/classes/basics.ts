// Fields with initializers, parameter properties, methods and `this`.
class Led {
  private on = false;
  toggles = 0;
  constructor(readonly pin: number, public name: string) {}
  toggle(): boolean {
    this.on = !this.on;
    this.toggles++;
    return this.on;
  }
  describe(): string {
    return `${this.name}@${this.pin} ${this.on ? "on" : "off"} (${this.toggles} toggles)`;
  }
}
class Vector {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  add(other: Vector): Vector {
    return new Vector(this.x + other.x, this.y + other.y);
  }
  length(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}
const status = new Led(2, "status");
status.toggle();
status.toggle();
status.toggle();
console.log(status.describe(), status.pin);
const v = new Vector(3, 4).add(new Vector(1, -1));
console.log(v.x, v.y, v.length(), new Vector(3, 4).length());
const leds: Led[] = [new Led(4, "red"), new Led(5, "green")];
leds.forEach((l) => l.toggle());
console.log(leds.map((l) => l.describe()).join("; "));
const same = leds[0];
same.name = "renamed";
console.log(leds[0].name, same === leds[0], leds[0] === leds[1]);
