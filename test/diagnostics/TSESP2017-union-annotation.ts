let state: number | string = 1;
state = "idle";
console.log(state);
