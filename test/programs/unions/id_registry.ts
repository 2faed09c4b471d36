// Device ids and settings that mix types: (string | number)[] lists, optional union parameters,
// a counter bumped by a closure (TS narrows it to null, the program must not), null in text.
type Id = string | number;
const ids: Id[] = [1, "a", 2.5, "b"];
ids.push(7);
console.log(ids, ids.join("-"), ids.includes("a"), ids.indexOf(2.5), ids.length);
console.log(`${ids[1]}:${ids[0]}`, String(ids[2]));
function norm(id: Id = "none"): string {
  switch (id) {
    case 1:
      return "one";
    case "a":
      return "A";
    default:
      return typeof id === "number" ? `n${id * 2}` : id;
  }
}
console.log(ids.map((i) => norm(i)), norm());
function opt(x?: string | number): string {
  if (x === undefined) return "missing";
  return typeof x;
}
console.log(opt(), opt(1), opt("s"));
let counter: number | null = null;
const bump = (): number => {
  counter = (counter ?? 0) + 1;
  return counter;
};
bump();
bump();
console.log(counter, counter === 2);
const maybe: string | undefined = ids.length > 3 ? "long" : undefined;
console.log(`${maybe}`, maybe + "!", !maybe, maybe?.toUpperCase());
const nothing: string | null = null;
console.log(`${nothing}`, "x" + nothing, nothing ?? "dflt", typeof nothing);
const a: Id = ids.length > 0 ? 3 : "z";
const b: Id = ids.length > 0 ? "3" : 0;
console.log(a === b, a === 3, b === "3", a !== b);
const flags: (boolean | undefined)[] = [true, undefined, false];
console.log(flags, flags.filter((f) => f).length, flags.map((f) => f ?? "?"));
let mixed: number | string | boolean = true;
if (typeof mixed === "boolean") mixed = mixed ? 1 : 0;
console.log(mixed, typeof mixed);
const lookup = new Map<string, number>([["x", 1]]);
const found = lookup.get("x");
const notFound = lookup.get("y");
console.log(found, notFound, found ?? 0, notFound ?? -1, typeof notFound);
