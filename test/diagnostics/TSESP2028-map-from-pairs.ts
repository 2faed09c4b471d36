const pairs: [string, number][] = [["led", 2]];
const pins = new Map<string, number>(pairs);
console.log(pins.size);
