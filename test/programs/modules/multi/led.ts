// An LED abstraction exported to the main module.
export const DEFAULT_PIN = 2;
export let created = 0;

export class Led {
  private level = false;
  constructor(public pin: number) {
    created++;
  }
  set(on: boolean): string {
    this.level = on;
    return `led ${this.pin} ${on ? "HIGH" : "LOW"}`;
  }
  isOn(): boolean {
    return this.level;
  }
}

export function blinkTimes(led: Led, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(led.set(true));
    out.push(led.set(false));
  }
  return out;
}
console.log("led module loaded");
