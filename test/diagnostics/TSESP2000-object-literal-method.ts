interface Shape {
  area(): number;
}
const square: Shape = {
  area() {
    return 4;
  },
};
console.log(square.area());
