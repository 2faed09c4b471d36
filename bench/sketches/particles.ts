// 2,000 particles under gravity bouncing in a box for 300 steps: class instances, method calls,
// field access and floating-point math in a hot loop.
class Particle {
  constructor(public x: number, public y: number, public vx: number, public vy: number) {}

  step(dt: number): void {
    this.vy -= 9.81 * dt;
    this.x += this.vx * dt;
    this.y += this.vy * dt;
    if (this.y < 0) {
      this.y = -this.y;
      this.vy = -this.vy * 0.9;
    }
    if (this.x < 0 || this.x > 100) this.vx = -this.vx;
  }

  energy(): number {
    return 0.5 * (this.vx * this.vx + this.vy * this.vy) + 9.81 * this.y;
  }
}

const particles: Particle[] = [];
for (let i = 0; i < 2000; i++) particles.push(new Particle(i % 100, 10 + (i % 50), ((i * 7) % 13) - 6, 0));
for (let s = 0; s < 300; s++) for (const p of particles) p.step(0.01);
let total = 0;
for (const p of particles) total += p.energy();
console.log("particles", total.toFixed(3));
