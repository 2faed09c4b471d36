function retries(limit?: number): number {
  let n: number | undefined = limit;
  n ??= 3;
  return n;
}
console.log(retries());
