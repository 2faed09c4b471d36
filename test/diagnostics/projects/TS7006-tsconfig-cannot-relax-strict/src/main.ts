function scale(value) {
  return value * 2;
}
console.log(scale(2));
