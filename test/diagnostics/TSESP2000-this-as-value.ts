class Chain {
  items: string[] = [];
  add(item: string): Chain {
    this.items.push(item);
    return this;
  }
}
console.log(new Chain().add("a").add("b").items.length);
