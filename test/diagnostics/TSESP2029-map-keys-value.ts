const pins = new Map<string, number>();
pins.set("led", 2);
const names = pins.keys();
console.log(names);
