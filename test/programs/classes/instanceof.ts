// instanceof through a class hierarchy, and TS narrowing after it.
class Shape {
  area(): number {
    return 0;
  }
}
class Circle extends Shape {
  constructor(public r: number) {
    super();
  }
  override area(): number {
    return Math.PI * this.r * this.r;
  }
}
class Square extends Shape {
  constructor(public side: number) {
    super();
  }
  override area(): number {
    return this.side * this.side;
  }
}
class Cube extends Square {}
const shapes: Shape[] = [new Circle(1), new Square(2), new Cube(3), new Shape()];
for (const s of shapes) {
  let kind = "shape";
  if (s instanceof Circle) kind = `circle r=${s.r}`;
  else if (s instanceof Square) kind = `square side=${s.side}`;
  console.log(kind, s.area().toFixed(3), s instanceof Shape, s instanceof Square, s instanceof Cube);
}
