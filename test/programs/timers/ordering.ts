// Timers fire in deadline order, FIFO among equal deadlines, after top-level code.
setTimeout(() => console.log("30ms"), 30);
setTimeout(() => console.log("10ms a"), 10);
setTimeout(() => console.log("10ms b"), 10);
setTimeout(() => console.log("0ms"), 0);
setTimeout(() => console.log("1ms"), 1);
setTimeout(() => {
  console.log("20ms, scheduling 50ms more");
  setTimeout(() => console.log("70ms"), 50);
}, 20);
console.log("top-level done");
