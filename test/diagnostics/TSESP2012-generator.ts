function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
for (const i of range(3)) console.log(i);
