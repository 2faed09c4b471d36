// Methods that schedule arrow callbacks using `this`: the object stays alive while a timer holds it.
class Blinker {
  private count = 0;
  private timer = 0;
  constructor(private label: string, private limit: number, private period: number) {}
  start(): void {
    this.timer = setInterval(() => this.tick(), this.period);
    console.log(`${this.label}: started`);
  }
  private tick(): void {
    this.count++;
    console.log(`${this.label}: tick ${this.count}`);
    if (this.count >= this.limit) {
      clearInterval(this.timer);
      this.done();
    }
  }
  protected done(): void {
    console.log(`${this.label}: done`);
  }
}
class LoudBlinker extends Blinker {
  protected override done(): void {
    super.done();
    setTimeout(() => console.log("LOUD DONE"), 1);
  }
}
function startTemporary(): void {
  const b = new Blinker("temp", 2, 10);
  b.start();
}
startTemporary();
new LoudBlinker("loud", 3, 35).start();
