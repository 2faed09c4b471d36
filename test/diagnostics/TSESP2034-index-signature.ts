interface Registry {
  [name: string]: number;
}
const pins: Registry = {};
console.log(pins !== undefined);
