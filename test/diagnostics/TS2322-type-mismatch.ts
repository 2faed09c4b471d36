const pin: number = "2";
console.log(pin);
