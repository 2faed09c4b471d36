const ready = digitalRead(4) === HIGH;
const samples = ready ? [1, 2, 3] : ["a", "b"];
console.log(samples.length);
