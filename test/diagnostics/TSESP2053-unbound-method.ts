class Blinker {
  on = false;
  tick(): void {
    this.on = !this.on;
  }
}
const blinker = new Blinker();
setInterval(blinker.tick, 500);
