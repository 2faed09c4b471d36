const square = function (n: number): number {
  return n * n;
};
console.log(square(3));
