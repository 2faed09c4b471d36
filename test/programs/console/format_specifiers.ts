// A string first argument is a util.format template, as Arduino users write printf-style logs.
const items = 3;
const temperature = 21.75;
console.log("%d items at %f C", items, temperature);
console.log("%s is %s", "led", "on", "and extra", 7);
console.log("%i%% done", 99.9);
console.log("100% sure", items);
console.log("no specifiers", items, temperature);
console.log("%d", -0, "%s");
console.log("%c styled %s", "color: red", "text");
console.log("missing %s and %d");
console.log("only one %s %s", "arg");
console.log("%d", "42", "%d", "x");
const label = "pct";
console.log(label + ": %d%%", 50);
