// A serial command parser: each line becomes a Command, or null when it is not one.
interface Command {
  verb: string;
  pin: number;
  value: number | null;
}

function parseCommand(line: string): Command | null {
  const parts = line.trim().split(" ");
  if (parts.length < 2) return null;
  const verb = parts[0].toLowerCase();
  if (verb !== "set" && verb !== "get" && verb !== "toggle") return null;
  const pin = parseInt(parts[1], 10);
  if (isNaN(pin)) return null;
  let value: number | null = null;
  if (parts.length > 2) {
    const v = Number(parts[2]);
    value = isNaN(v) ? null : v;
  }
  return { verb, pin, value };
}

const pins: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

function execute(cmd: Command): string {
  if (cmd.pin < 0 || cmd.pin >= pins.length) return `error: pin ${cmd.pin} out of range`;
  switch (cmd.verb) {
    case "set":
      if (cmd.value === null) return "error: set needs a value";
      pins[cmd.pin] = cmd.value;
      return `pin ${cmd.pin} = ${cmd.value}`;
    case "toggle":
      pins[cmd.pin] = pins[cmd.pin] ? 0 : 1;
      return `pin ${cmd.pin} toggled to ${pins[cmd.pin]}`;
    default:
      return `pin ${cmd.pin} is ${pins[cmd.pin]}`;
  }
}

const input = ["set 3 1", "get 3", "toggle 3", "blink 2", "set 9 1", "set 4", "get x", "", "set 5 abc", "SET 6 255"];
let accepted = 0;
let lastGood: Command | null = null;
for (const line of input) {
  const cmd = parseCommand(line);
  if (cmd === null) {
    console.log(`ignored: "${line}"`);
    continue;
  }
  accepted++;
  lastGood = cmd;
  console.log(execute(cmd), cmd.value);
}
console.log("accepted", accepted, "of", input.length);
if (lastGood !== null) console.log("last:", lastGood.verb, lastGood.pin, lastGood.value ?? "no value");
const none: Command | null = parseCommand("nope");
console.log(none, none === null, pins.join(""));
console.log(parseCommand("get 2"));
