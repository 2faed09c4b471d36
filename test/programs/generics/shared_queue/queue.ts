// A bounded priority queue shared by the sketch's modules: generic, exported, instantiated by the
// modules that import it (templates in queue.ts.h). Its private helper and counter stay module-private.
let comparisons = 0;

function before(a: number, b: number): boolean {
  comparisons++;
  return a < b;
}

export interface Prioritized<T> {
  priority: number;
  item: T;
}

export class PriorityQueue<T> {
  private entries: Prioritized<T>[] = [];

  constructor(readonly capacity: number) {}

  push(item: T, priority: number): boolean {
    if (this.entries.length >= this.capacity) return false;
    let i = this.entries.length;
    while (i > 0 && before(priority, this.entries[i - 1].priority)) i--;
    const entry: Prioritized<T> = { priority, item };
    this.entries.splice(i, 0, entry);
    return true;
  }

  pop(): T | undefined {
    const first = this.entries.shift();
    return first === undefined ? undefined : first.item;
  }

  get length(): number {
    return this.entries.length;
  }
}

export function drain<T>(q: PriorityQueue<T>, visit: (item: T) => void): number {
  let n = 0;
  for (let item = q.pop(); item !== undefined; item = q.pop()) {
    visit(item);
    n++;
  }
  return n;
}

export const comparisonsSoFar = (): number => comparisons;
