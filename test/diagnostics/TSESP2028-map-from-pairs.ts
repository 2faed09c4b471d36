const names = ["led", "button"];
const pins = new Map<string, number>(names.map((n, i) => [n, i]));
console.log(pins.size);
