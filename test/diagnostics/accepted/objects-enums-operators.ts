// Accepted corpus: linked objects, listener interfaces, inheritance, enums and operators.
class Node2 { next: Node2 | undefined = undefined; constructor(public v: number) {} }
const a = new Node2(1);
a.next = new Node2(2);
let cur: Node2 | undefined = a;
let sum = 0;
while (cur !== undefined) { sum += cur.v; cur = cur.next; }
console.log(sum);
interface Listener { onData: (chunk: string) => void; name: string }
class Bus {
  private listeners: Listener[] = [];
  add(l: Listener): void { this.listeners.push(l); }
  emit(chunk: string): void { this.listeners.forEach((l) => l.onData(chunk)); }
}
const bus = new Bus();
let received = "";
bus.add({ name: "a", onData: (c) => { received += c; } });
bus.emit("hi");
console.log(received);
enum Color { Red, Green = 4, Blue }
function pick(n: number): Color { return n > 0 ? Color.Blue : Color.Red; }
const c: Color = pick(1);
switch (c) { case Color.Red: console.log("r"); break; case Color.Blue: console.log("b"); break; default: console.log("?"); }
console.log(c, Color.Green + 1, `${Color.Red}`);
const names: string[] = [];
names.push(String(c));
console.log(names[0].length);
class Animal { speak(): string { return "..."; } }
class Cat extends Animal { override speak(): string { return "meow"; } }
function talk(a: Animal): string { return a.speak(); }
const zoo: Animal[] = [new Cat(), new Animal()];
console.log(zoo.map(talk).join(","), zoo[0] instanceof Cat);
const makeAdder = (n: number) => (m: number) => n + m;
console.log(makeAdder(2)(3));
let x = 10;
x %= 3; x <<= 2; x |= 1; x >>>= 0; x -= 1; x *= 2; x /= 4;
let s = "a";
s += 1;
s += true;
console.log(x, s, -x, +s, ~x);
