// A serial command table declared `as const`: the pin list, the command names (whose element type
// becomes the Command alias) and a config object, parsed from lines a user types on the console.
const PINS = [2, 4, 5] as const;
const COMMANDS = ["on", "off", "toggle", "status"] as const;
const CONFIG = { baud: 115200, prompt: "> ", maxArgs: 2, echo: true } as const;

type Command = (typeof COMMANDS)[number];
type Pin = number;
type Handler = (pin: Pin) => string;

const levels: number[] = [0, 0, 0]; // LOW/HIGH per pin, in PINS order

function indexOfPin(pin: Pin): number {
  for (let i = 0; i < PINS.length; i++) if (PINS[i] === pin) return i;
  return -1;
}

function handlerFor(cmd: Command): Handler {
  switch (cmd) {
    case "on":
      return (pin) => {
        levels[indexOfPin(pin)] = 1;
        return `GPIO${pin} HIGH`;
      };
    case "off":
      return (pin) => {
        levels[indexOfPin(pin)] = 0;
        return `GPIO${pin} LOW`;
      };
    case "toggle":
      return (pin) => {
        const i = indexOfPin(pin);
        levels[i] = 1 - levels[i];
        return `GPIO${pin} ${levels[i] === 1 ? "HIGH" : "LOW"}`;
      };
    default:
      return (pin) => `GPIO${pin} is ${levels[indexOfPin(pin)] === 1 ? "HIGH" : "LOW"}`;
  }
}

function isCommand(word: string): boolean {
  for (const c of COMMANDS) if (c === word) return true;
  return false;
}

function run(line: string): string {
  const words = line.trim().split(" ");
  if (CONFIG.echo) console.log(CONFIG.prompt + line);
  if (words.length > CONFIG.maxArgs) return "error: too many arguments";
  const word = words[0];
  if (!isCommand(word)) return `error: unknown command '${word}' (try ${COMMANDS.join(", ")})`;
  const pin = Number(words[1]);
  if (indexOfPin(pin) < 0) return `error: pin must be one of ${PINS.join("/")}`;
  for (const c of COMMANDS) if (c === word) return handlerFor(c)(pin);
  return "unreachable";
}

console.log(`console at ${CONFIG.baud} baud`, CONFIG, PINS);
for (const line of ["on 2", "toggle 4", "status 4", "off 2", "blink 2", "on 13", "toggle 4 now", "status 5"]) {
  console.log(run(line));
}
console.log(levels, PINS.length, COMMANDS[COMMANDS.length - 1]);
