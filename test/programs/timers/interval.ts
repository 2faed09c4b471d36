// setInterval with clearInterval from inside its own callback.
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log("tick", ticks);
  if (ticks === 5) {
    clearInterval(id);
    console.log("stopped");
  }
}, 15);
console.log("interval id is a number:", id > 0);
