interface Reading {
  id: number;
  value: number;
  unit: string;
}
export function show(r: Reading): void {
  const { id, ...rest } = r;
  console.log(id, rest.value);
}
