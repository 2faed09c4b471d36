const pins = new Map<string, number>();
pins.set("led", 2);
const entries = Array.from(pins);
console.log(entries.length);
