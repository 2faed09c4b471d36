// Accepted corpus: a realistic sketch in issue 2's subset; must check clean and lower.
enum State { Idle, Blinking, Done }
interface Config { pin: number; period: number; times: number }
class Blinker {
  private state: State = State.Idle;
  private count = 0;
  constructor(private readonly config: Config) {}
  start(): void { this.state = State.Blinking; }
  step(): boolean {
    switch (this.state) {
      case State.Idle: return false;
      case State.Blinking:
        digitalWrite(this.config.pin, this.count % 2 === 0 ? HIGH : LOW);
        this.count++;
        if (this.count >= this.config.times * 2) this.state = State.Done;
        return true;
      default: return false;
    }
  }
}
const b = new Blinker({ pin: 2, period: 100, times: 2 });
b.start();
while (b.step()) {}
