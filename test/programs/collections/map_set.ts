// Map and Set as device code uses them: a device registry keyed by id, per-topic subscriber counts,
// a set of seen message ids for de-duplication, and insertion-order iteration with deletes/adds.
class Device {
  constructor(public id: string, public pin: number) {}
}

function main(): void {
  const registry = new Map<string, Device>();
  registry.set("led", new Device("led", 2)).set("fan", new Device("fan", 4));
  registry.set("pump", new Device("pump", 5));
  console.log(registry.size, registry.has("fan"), registry.has("heater"));
  const fan = registry.get("fan");
  console.log(fan !== undefined ? fan.pin : -1, registry.get("heater") === undefined);
  registry.set("led", new Device("led", 13)); // replacing keeps the original position
  for (const [name, device] of registry) console.log(name, device.pin);
  console.log(registry.delete("fan"), registry.delete("fan"), registry.size);
  console.log(registry);

  // counting with get ?? 0
  const counts: Map<string, number> = new Map();
  for (const topic of ["temp", "hum", "temp", "door", "temp", "hum"]) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  console.log(counts);
  const keys: string[] = [];
  for (const k of counts.keys()) keys.push(k);
  let total = 0;
  for (const v of counts.values()) total += v;
  console.log(keys.join(","), total);
  counts.forEach((n, topic) => console.log(`${topic}=${n}`));
  for (const [topic] of counts.entries()) if (topic.startsWith("h")) counts.delete(topic);
  console.log([...keys], counts.size);

  // numeric keys: NaN equals NaN, -0 equals 0
  const byCode = new Map<number, string>();
  byCode.set(0, "zero").set(NaN, "nan").set(-0, "minus zero");
  console.log(byCode.get(0), byCode.get(NaN), byCode.size, byCode);

  // de-duplicating message ids with a Set
  const seen = new Set<number>();
  const incoming = [101, 102, 101, 103, 102, 104];
  const fresh: number[] = [];
  for (const id of incoming) {
    if (seen.has(id)) continue;
    seen.add(id);
    fresh.push(id);
  }
  console.log(fresh, seen.size, seen);
  const flags = new Set(["a", "b", "a", "c"]);
  flags.delete("b");
  flags.add("d").add("a");
  const order: string[] = [];
  flags.forEach((f) => order.push(f));
  console.log(order.join(""), flags.has("b"), flags);

  // iteration sees entries added during the loop and skips deleted ones
  const queue = new Map<number, string>();
  queue.set(1, "one").set(2, "two").set(3, "three");
  for (const [n, label] of queue) {
    if (n === 1) queue.delete(2);
    if (n < 3) queue.set(n + 10, `${label}+`);
    console.log("visit", n, label);
  }
  queue.clear();
  console.log(queue.size, queue, new Set<string>());

  // many deletes and re-adds (holes are reclaimed) keep the order right
  const cache = new Map<number, number>();
  for (let i = 0; i < 50; i++) {
    cache.set(i % 7, i);
    if (i % 3 === 0) cache.delete((i + 2) % 7);
  }
  const summary: string[] = [];
  for (const [k, v] of cache) summary.push(`${k}:${v}`);
  console.log(summary.join(" "), cache.size);
}

main();
