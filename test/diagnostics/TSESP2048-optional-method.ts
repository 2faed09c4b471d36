interface Plugin {
  name: string;
  start?(): void;
}
class Blinker implements Plugin {
  name = "blink";
}
const p: Plugin = new Blinker();
console.log(p.name);
