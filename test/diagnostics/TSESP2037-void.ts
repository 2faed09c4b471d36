function ping(): number {
  return 1;
}
const nothing = void ping();
console.log(nothing);
