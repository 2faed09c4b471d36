function whoAmI(this: number): number {
  return this;
}
console.log(whoAmI.call(1));
