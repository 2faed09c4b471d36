interface Named {
  name: string;
}
class Device implements Named {
  private id = 7;
  get name(): string {
    return `dev${this.id}`;
  }
  set name(value: string) {
    this.id = value.length;
  }
}
console.log(new Device().name);
