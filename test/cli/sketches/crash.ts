// A runtime error ends the program with status 1 (Node: uncaught TypeError) after earlier output.
interface Box {
  value: number;
}
const boxes: (Box | undefined)[] = [{ value: 1 }, undefined];
console.log("before");
for (const box of boxes) {
  console.log(box!.value);
}
console.log("never printed");
