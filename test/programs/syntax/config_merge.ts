// Configuration layering as a network sketch does it: compiled-in defaults, overridden by a
// profile, overridden by values parsed from a serial command line. Object spread builds each layer;
// spread into Math.max/min and console.log summarise the measured round-trip times.

interface NetConfig {
  host: string;
  port: number;
  retries: number;
  timeoutMs: number;
  verbose: boolean;
}

interface Overrides {
  port: number;
  verbose: boolean;
}

const DEFAULTS: NetConfig = { host: "10.0.0.1", port: 1883, retries: 3, timeoutMs: 2000, verbose: false };

function withProfile(base: NetConfig, profile: string): NetConfig {
  switch (profile) {
    case "lab":
      return { ...base, host: "192.168.4.10", verbose: true };
    case "field":
      return { ...base, retries: 8, timeoutMs: 5000 };
    default:
      return { ...base };
  }
}

function applyCommand(base: NetConfig, line: string): NetConfig {
  const [key, value] = line.split("=");
  const patch: Overrides = { port: base.port, verbose: base.verbose };
  if (key === "port") patch.port = Number(value);
  if (key === "verbose") patch.verbose = value === "1";
  // later properties win: the patch overrides the base, the host is forced last
  return { ...base, ...patch, host: key === "host" ? value : base.host };
}

function describe(c: NetConfig): string {
  return `${c.host}:${c.port} retries=${c.retries} timeout=${c.timeoutMs}ms verbose=${c.verbose}`;
}

let config = withProfile(DEFAULTS, "lab");
console.log("lab     ", describe(config));
config = applyCommand(config, "port=8883");
console.log("+port   ", describe(config));
config = applyCommand(config, "host=broker.local");
console.log("+host   ", describe(config));
const field = withProfile(DEFAULTS, "field");
console.log("field   ", describe(field));
console.log("defaults untouched:", describe(DEFAULTS));
const copy = withProfile(DEFAULTS, "none");
console.log("copy is a new object:", copy !== DEFAULTS, describe(copy) === describe(DEFAULTS));

const rtts: number[] = [];
const samples = [42, 17, 88, 23];
rtts.push(...samples);
rtts.push(5, ...[61, 70]);
console.log("rtt count", rtts.length, "min", Math.min(...rtts), "max", Math.max(0, ...rtts));
const none: number[] = [];
console.log("empty spread:", Math.max(...none), Math.min(...none));
const labels = ["rtt", "ms:"];
console.log(...labels, ...rtts);
console.log("%s has %d samples", ...["link", "7"]);
const nested: number[][] = [[1, 2], [3]];
const more: number[][] = [[4, 5, 6]];
const all = nested.concat(more, [[7]]);
console.log("rows", all.length, all.map((r) => r.join("+")).join(" | "));
