class Registry<T> {
  static count = 0;
  items: T[] = [];
}
console.log(Registry.count, new Registry<number>().items);
