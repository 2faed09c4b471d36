// Subclass arrays joined into a base-class array with concat (a new array, so no sharing question):
// an animal shelter roster built from per-species lists.

class Animal {
  constructor(public name: string) {}
  speak(): string {
    return "...";
  }
}
class Dog extends Animal {
  speak(): string {
    return "woof";
  }
}
class Cat extends Animal {
  constructor(
    name: string,
    public indoor: boolean,
  ) {
    super(name);
  }
  speak(): string {
    return this.indoor ? "purr" : "hiss";
  }
}

const dogs: Dog[] = [new Dog("rex"), new Dog("fido")];
const cats: Cat[] = [new Cat("tom", true), new Cat("felix", false)];
const strays: Animal[] = [new Animal("unknown")];
const roster = strays.concat(dogs, cats);
console.log(roster.length, roster.map((a) => `${a.name}:${a.speak()}`).join(" "));
const onlyDogs = strays.slice(0, 0).concat(dogs);
onlyDogs.push(new Cat("sneaky", true));
console.log(onlyDogs.map((a) => a.speak()), dogs.length);
const loud = roster.filter((a) => a.speak() !== "purr").concat(cats.filter((c) => c.indoor));
console.log(loud.map((a) => a.name), loud.indexOf(cats[0]), roster.includes(dogs[1]));
