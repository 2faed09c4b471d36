// millis/micros/delay: delay blocks everything, timers included.
const t0 = millis();
const u0 = micros();
delay(120);
const waited = millis() - t0;
console.log(waited >= 120 && waited < 5000);
console.log(micros() - u0 >= 120000);
let fired = false;
setTimeout(() => {
  fired = true;
  console.log("timeout ran after the delay:", millis() - t0 >= 180);
}, 30);
delay(60);
console.log("fired during delay:", fired);
