// Imported by core-subset.ts: ES module import/export between a sketch's files.
export function add(a: number, b: number): number {
  return a + b;
}

export class Counter {
  value = 0;
  increment(): void {
    this.value++;
  }
}
