class Box<T> {
  constructor(public value: T) {}
}
console.log(new Box(1).value);
