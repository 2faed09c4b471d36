function pickScaler(fast: boolean) {
  return fast ? (x: number) => x * 2 : (s: string) => s.length;
}
console.log(pickScaler(true));
