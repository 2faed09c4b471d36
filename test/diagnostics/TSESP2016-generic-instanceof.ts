class Item {
  constructor(readonly id: number) {}
}
class Box<T> extends Item {
  constructor(id: number, readonly value: T) {
    super(id);
  }
}
function show(x: Item): void {
  if (x instanceof Box) console.log("box", x.id);
}
show(new Box(1, "a"));
