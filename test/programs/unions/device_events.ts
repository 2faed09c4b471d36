// Peripherals as classes in unions: optional callbacks (onChange?.()), optional fields, methods
// called on a union of classes, instanceof narrowing and null handles.
class Button {
  pressed = false;
  label?: string;
  onChange?: (pressed: boolean) => void;
  constructor(public pin: number) {}
  set(pressed: boolean): void {
    if (pressed === this.pressed) return;
    this.pressed = pressed;
    this.onChange?.(pressed);
  }
  describe(): string {
    return `button@${this.pin}${this.label ? " '" + this.label + "'" : ""}`;
  }
}

class Dimmer {
  level = 0;
  onChange?: (level: number) => void;
  constructor(public pin: number, public max: number) {}
  set(level: number): void {
    const clamped = Math.min(this.max, Math.max(0, level));
    if (clamped !== this.level) {
      this.level = clamped;
      if (this.onChange) this.onChange(clamped);
    }
  }
  describe(): string {
    return `dimmer@${this.pin} ${this.level}/${this.max}`;
  }
}

type Device = Button | Dimmer;

const events: string[] = [];
const button = new Button(4);
button.label = "door";
button.onChange = (p) => events.push(p ? "door open" : "door closed");
const dimmer = new Dimmer(5, 255);
const spare = new Button(6);
const devices: Device[] = [button, dimmer, spare];

let selected: Device | null = null;
function select(pin: number): Device | null {
  for (const d of devices) if (d.pin === pin) return d;
  return null;
}

button.set(true);
button.set(true);
spare.set(true);
dimmer.set(300);
dimmer.onChange = (l) => events.push(`level ${l}`);
dimmer.set(-5);
dimmer.set(128);
button.set(false);
console.log(events);
for (const d of devices) {
  const kind = d instanceof Button ? "B" : "D";
  const state = d instanceof Button ? String(d.pressed) : `${d.level}`;
  console.log(kind, d.describe(), d.pin, state);
}
selected = select(5);
console.log(selected?.describe(), selected === dimmer, select(9)?.describe() ?? "no device on 9");
if (selected instanceof Dimmer) selected.set(64);
console.log(dimmer.level, events[events.length - 1]);
console.log(spare, spare.label === undefined, spare.onChange === undefined);
selected = null;
console.log(selected, typeof selected, typeof button.onChange, typeof spare.label);
