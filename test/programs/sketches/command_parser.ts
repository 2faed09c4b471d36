// A line-oriented command parser, as a serial console sketch would have.
interface Command {
  name: string;
  args: string[];
}
class Registry {
  private names: string[] = [];
  private handlers: ((args: string[]) => string)[] = [];
  register(name: string, handler: (args: string[]) => string): void {
    this.names.push(name);
    this.handlers.push(handler);
  }
  run(cmd: Command): string {
    const i = this.names.indexOf(cmd.name);
    if (i < 0) return `error: unknown command '${cmd.name}'`;
    return this.handlers[i](cmd.args);
  }
}
function parse(line: string): Command | undefined {
  const words = line.trim().split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  return { name: words[0].toLowerCase(), args: words.slice(1) };
}
const settings: string[] = [];
const registry = new Registry();
registry.register("set", (args) => {
  if (args.length < 2) return "usage: set KEY VALUE";
  settings.push(`${args[0]}=${args[1]}`);
  return `ok (${settings.length} settings)`;
});
registry.register("get", (args) => {
  for (const s of settings) {
    if (s.startsWith(args[0] + "=")) return s.slice(args[0].length + 1);
  }
  return "not set";
});
registry.register("sum", (args) => String(args.map((a) => parseFloat(a)).reduce((x, y) => x + y, 0)));
const input = "SET mode fast\nset\nget mode\nget speed\n   \nsum 1 2.5 -0.5\nreboot now";
for (const line of input.split("\n")) {
  const cmd = parse(line);
  if (cmd === undefined) {
    console.log("(empty line)");
    continue;
  }
  console.log(`> ${line.trim()}`);
  console.log(registry.run(cmd));
}
