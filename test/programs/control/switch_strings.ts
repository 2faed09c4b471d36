// A command interpreter: switch on strings.
let ledOn = false;
let brightness = 50;
function handle(command: string): string {
  switch (command.trim().toLowerCase()) {
    case "on":
      ledOn = true;
      return "led on";
    case "off":
      ledOn = false;
      return "led off";
    case "up":
      brightness = Math.min(100, brightness + 25);
      return `brightness ${brightness}`;
    case "down":
      brightness = Math.max(0, brightness - 25);
      return `brightness ${brightness}`;
    case "status": {
      const state = ledOn ? "on" : "off";
      return `led ${state} at ${brightness}%`;
    }
    default:
      return `unknown command '${command}'`;
  }
}
const script: string[] = ["ON", "status", " up ", "up", "up", "down", "off", "status", "blink"];
for (const c of script) console.log(handle(c));
