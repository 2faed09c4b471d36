// A command queue and a sample window: the rest of Array (shift/unshift/splice/concat/reverse/fill/
// at/lastIndexOf/some/every/find/findIndex) and Array.isArray, as sketch code uses them.
interface Command {
  id: number;
  name: string;
  priority: number;
}

const queue: Command[] = [];
let nextId = 1;
function enqueue(name: string, priority: number): void {
  const cmd: Command = { id: nextId++, name, priority };
  if (priority > 5) queue.unshift(cmd); // urgent commands jump the queue
  else queue.push(cmd);
}
enqueue("read", 1);
enqueue("blink", 2);
enqueue("reset", 9);
enqueue("report", 3);
console.log(queue.map((c) => c.name).join(" "));

const urgent = queue.find((c) => c.priority > 5);
console.log(urgent !== undefined ? `urgent #${urgent.id}` : "none");
const missing = queue.find((c) => c.name === "sleep");
console.log(missing === undefined, queue.findIndex((c) => c.name === "report"), queue.findIndex((c) => c.id > 99));
console.log(queue.some((c) => c.priority === 2), queue.every((c) => c.priority > 0), queue.every((c, i) => c.id > i + 5));

// drain two commands from the front
const first = queue.shift();
const second = queue.shift();
console.log(first !== undefined ? first.name : "-", second === undefined ? "-" : second.name, queue.length);

// cancel one command in the middle, insert two replacements
const cancelled = queue.splice(1, 1, { id: 90, name: "sync", priority: 4 }, { id: 91, name: "sleep", priority: 0 });
console.log(cancelled.map((c) => c.name), queue.map((c) => c.id));
const empty: number[] = [];
console.log(empty.shift(), empty.unshift(3, 4, 5), empty, empty.at(-1), empty.at(7));

// a moving window of samples
const window: number[] = [0, 0, 0].concat([0, 0, 0]);
window.fill(20, 2);
window.fill(-1, -2, -1);
console.log(window.join(" "), window.length);
const samples = [12, 15, 15, 9, 31, 15, 4];
for (const s of samples) {
  window.splice(0, 1);
  window.push(s);
}
console.log(window.join(","), window.at(0), window.at(-1), window.lastIndexOf(15), window.lastIndexOf(15, 3), window.lastIndexOf(99));
const removedTail = window.splice(-2);
console.log(removedTail, window, window.splice(1, 0), window.splice(10, 5), window.splice(0, NaN, 1));

// concat with arrays and single values, reverse in place
const header = [0xaa, 0x55];
const payload = [1, 2, 3];
const frame = header.concat(payload, 0xff, [7]);
console.log(frame, header.length);
const reversed = frame.reverse();
console.log(frame.join(" "), reversed === frame, [1].reverse(), ["a", "b", "c", "d"].reverse().join(""));
const names = ["x", "y"];
console.log(names.concat().length, names.concat(["z"], "w").join("-"), [true].concat(false));

// the index and array arguments of the callbacks
const levels = [3, 8, 1, 9];
console.log(levels.findIndex((v, i) => v > 5 && i > 1), levels.some((v, i, all) => all.length === i + v));
console.log(Array.isArray(levels), Array.isArray(names), Array.isArray(7), Array.isArray("ab"));
let maybe: number[] | undefined;
console.log(Array.isArray(maybe));
maybe = [1];
console.log(Array.isArray(maybe));

// includes with a start index (negative counts from the end; NaN is found)
console.log([1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1), [NaN].includes(NaN, 0), [1, 2].includes(2, 5), ["a", "b"].includes("a", -5));
