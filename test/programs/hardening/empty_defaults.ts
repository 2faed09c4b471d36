// A bare `[]` as the fallback of `??`, `||` or one branch of `?:` (TS types it never[]; it takes the
// whole expression's array type): grouping readings by sensor, optional tag lists, paged results.

interface Reading {
  sensor: string;
  value: number;
}

const readings: Reading[] = [
  { sensor: "temp", value: 21.5 },
  { sensor: "hum", value: 40 },
  { sensor: "temp", value: 22 },
  { sensor: "temp", value: 22.5 },
];

const bySensor = new Map<string, Reading[]>();
for (const r of readings) {
  const list = bySensor.get(r.sensor) ?? [];
  list.push(r);
  bySensor.set(r.sensor, list);
}
bySensor.forEach((list, sensor) => {
  const values = list.map((r) => r.value);
  console.log(sensor, values.length, values.join("/"));
});

function tagsFor(sensor: string, tags: Map<string, string[]>): string[] {
  return tags.get(sensor) || [];
}
const tags = new Map<string, string[]>();
tags.set("temp", ["indoor", "calibrated"]);
console.log(tagsFor("temp", tags), tagsFor("pressure", tags));

function page(items: number[], start: number, size: number): number[] {
  return start >= items.length ? [] : items.slice(start, start + size);
}
const all: number[] = [];
for (let i = 1; i <= 7; i++) all.push(i * i);
for (let start = 0; start < 10; start += 3) console.log("page", start / 3, page(all, start, 3));

const pending: Reading[] | undefined = readings.length > 10 ? readings : undefined;
const queue = pending ?? [];
queue.push({ sensor: "late", value: 1 });
console.log(queue.length, (pending ?? []).length);
const nested: number[][] = [[1], []];
const firstOrEmpty = nested.length > 2 ? nested[2] : [];
console.log(firstOrEmpty, nested.map((row) => (row.length > 0 ? row : [])));

class Stack {
  items: string[] = [];
  peekAll(): string[] {
    return this.items.length > 0 ? this.items : [];
  }
}
const stack = new Stack();
const snapshots = [stack.peekAll(), []];
stack.items.push("a");
snapshots.push(stack.peekAll());
console.log(snapshots, snapshots.map((s) => s.length));
