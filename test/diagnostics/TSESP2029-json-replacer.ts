interface Reading {
  value: number;
}
const reading: Reading = { value: 3 };
console.log(JSON.stringify(reading, ["value"]));
