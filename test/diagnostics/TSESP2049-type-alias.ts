type Celsius = number;
const room: Celsius = 21;
console.log(room);
