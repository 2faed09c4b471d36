type Unwrap<T> = T extends (infer U)[] ? U : T;
type Frozen<T> = { readonly [K in keyof T]: T[K] };
interface Reading {
  value: number;
}
function latest<T>(items: T[]): Unwrap<T[]> {
  return items[items.length - 1];
}
const r: Frozen<Reading> = { value: 1 };
console.log(latest([1, 2]), r.value);
