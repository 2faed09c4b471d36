const ready = digitalRead(4) === HIGH;
console.log(ready ? "ready" : 0);
if (ready && "go".length) console.log("going");
