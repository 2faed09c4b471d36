// Everything in issue 2's core subset: the subset checker must accept all of it.
import { add, Counter } from "./helper";

interface Point {
  x: number;
  y: number;
}

interface Shape {
  area(): number;
  name: string;
}

enum Direction {
  Up,
  Down = 5,
  Left,
  Right = Left + 2,
}

class Animal {
  static count = 0;
  legs: number = 4;
  constructor(public name: string) {
    Animal.count++;
  }
  speak(): string {
    return `${this.name} makes a sound`;
  }
  static describe(): string {
    return "animals: " + Animal.count;
  }
}

class Dog extends Animal {
  constructor(name: string, private readonly breed: string) {
    super(name);
  }
  override speak(): string {
    return super.speak() + " (woof, " + this.breed + ")";
  }
}

class Square implements Shape {
  name = "square";
  constructor(private side: number) {}
  area(): number {
    return this.side * this.side;
  }
}

function makeCounter(): () => number {
  let n = 0;
  return () => {
    n += 1;
    return n;
  };
}

function greet(name: string, greeting: string = "hello", suffix?: string): string {
  if (suffix === undefined) return greeting + " " + name;
  return greeting + " " + name + suffix;
}

function classify(n: number): string {
  switch (n % 3) {
    case 0:
      return "fizz";
    case 1:
      return "one";
    default:
      return "other";
  }
}

const p: Point = { x: 1, y: 2 };
const points: Point[] = [p, { x: 3, y: 4 }];
points.push({ x: 5, y: 6 });
const xs = [3, 1, 2];
xs.sort();
xs.sort((a, b) => b - a);
const doubled = xs.map((v) => v * 2).filter((v) => v > 2);
const total = xs.reduce((acc, v) => acc + v, 0);
xs.forEach((v) => console.log(v));
const nested: number[][] = [[1, 2], [3]];
nested[0][1] = 7;
const last = xs.pop();
console.log(last, xs.length, xs.indexOf(2), xs.includes(3), xs.join("-"), xs.slice(1).length);
const fns: (() => void)[] = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => console.log(i));
}
for (const f of fns) f();
let k = 0;
while (k < 10) {
  k++;
  if (k === 2) continue;
  if (k > 5) break;
}
do {
  k--;
} while (k > 0);
const s = "  Hello, World  ";
const t = s.trim().toUpperCase();
console.log(t.length, t.indexOf("W"), t.slice(0, 3), t.substring(1, 2), t.startsWith("H"), t.endsWith("D"));
console.log(t.toLowerCase(), t.split(",").length, t.charAt(0), t.charCodeAt(0), String.fromCharCode(65));
console.log(String(42), Number("3.5"), parseInt("12", 10), parseFloat("1.5"), isNaN(NaN), (255).toString(16));
console.log((1.005).toFixed(2), Math.max(1, 2), Math.floor(2.5), Math.PI, Infinity, -0);
console.log(5 % 3, -5 % 3, 1 | 2, 5 & 3, 5 ^ 1, ~5, 1 << 3, -16 >> 2, -16 >>> 28);
const maybe: number | undefined = last;
console.log(maybe ?? 0, k > 0 && true, k > 0 || false, k > 0 ? "pos" : "nonpos");
const dog = new Dog("Rex", "lab");
const animal: Animal = dog;
console.log(animal.speak(), animal instanceof Dog, Animal.describe(), dog.legs);
const shapes: Shape[] = [new Square(2)];
console.log(shapes[0].area(), shapes[0].name, Direction.Down, Direction.Right);
const counter = makeCounter();
counter();
console.log(counter(), greet("a"), greet("b", "hi"), greet("c", "hey", "!"), classify(3), add(1, 2));
const c = new Counter();
c.increment();
const id = setTimeout(() => console.log("later"), 10);
clearTimeout(id);
const iv = setInterval(() => {
  clearInterval(iv);
}, 5);
pinMode(2, OUTPUT);
digitalWrite(2, HIGH);
console.log(digitalRead(2) === LOW, analogRead(34), millis() >= 0, micros() >= 0);
Serial.begin(115200);
Serial.print("x");
Serial.println(1);
Serial.println();
delay(1);
const mask: u8 = 255;
const wide: i32 = mask + 1;
console.error("e", wide);
console.warn("w");
let flag = true;
flag = !flag;
const words = ["a", "b"];
let joined = "";
for (const w of words) joined += w;
console.log(joined, flag, `${p.x},${p.y}`, points.length, doubled.length, total);

export function setup(): void {
  pinMode(2, OUTPUT);
}

export function loop(): void {
  digitalWrite(2, HIGH);
}
