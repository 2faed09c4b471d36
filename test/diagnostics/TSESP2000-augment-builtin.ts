interface String {
  shout(): string;
}
console.log("hi".length);
