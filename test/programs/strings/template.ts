// Template literals with numbers, booleans and expressions.
const temperature = 21.456;
const humidity = 40;
const ok = temperature < 30;
console.log(`T=${temperature.toFixed(1)}C H=${humidity}% ok=${ok}`);
const id = 7;
const nested = `sensor-${id < 10 ? `0${id}` : `${id}`}`;
console.log(nested, `${1 + 1}${"x"}${2 * 3}`, `plain`, `${""}`);
const lines: string[] = [];
for (let i = 1; i <= 3; i++) lines.push(`line ${i} of ${3}: ${i / 3}`);
console.log(lines.join("\n"));
