interface Mapper {
  apply: <T>(value: T) => T;
}
const m: Mapper = { apply: (value) => value };
console.log(m.apply(3));
