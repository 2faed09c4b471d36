const pair: [number, string] = [1, "a"];
console.log(pair[0]);
