const id = "7";
console.log(id.padStart(3, "0"));
