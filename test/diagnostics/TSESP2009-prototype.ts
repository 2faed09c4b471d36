class Led {
  on(): void {}
}
const proto = Led.prototype;
console.log(proto === Led.prototype);
