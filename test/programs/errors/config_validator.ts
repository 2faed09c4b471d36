// A config validator that throws typed errors and reports them per field.
class ConfigError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
    this.name = "ConfigError";
  }
}

class RangeCheckError extends ConfigError {
  constructor(field: string, readonly value: number, readonly min: number, readonly max: number) {
    super(`${field}=${value} outside ${min}..${max}`, field);
    this.name = "RangeCheckError";
  }
}

interface Config {
  ssid: string;
  port: number;
  retries: number;
}

function requireRange(field: string, value: number, min: number, max: number): number {
  if (value < min || value > max) throw new RangeCheckError(field, value, min, max);
  return value;
}

interface Entry {
  key: string;
  value: string;
}

function parseLine(line: string): Entry {
  const eq = line.indexOf("=");
  if (eq < 0) throw new ConfigError(`missing '=' in "${line}"`, line.trim());
  return { key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() };
}

function parseConfig(text: string): Config {
  const config: Config = { ssid: "", port: 80, retries: 3 };
  for (const raw of text.split("\n")) {
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const { key, value } = parseLine(raw);
    if (key === "ssid") {
      if (value.length === 0) throw new ConfigError("ssid must not be empty", key);
      config.ssid = value;
    } else if (key === "port") {
      config.port = requireRange(key, Number(value), 1, 65535);
    } else if (key === "retries") {
      config.retries = requireRange(key, Number(value), 0, 10);
    } else {
      throw new ConfigError(`unknown key '${key}'`, key);
    }
  }
  return config;
}

const inputs = [
  "ssid=home\nport=8080\nretries=5",
  "ssid=lab\nport=70000",
  "# comment\nssid=\n",
  "ssid=x\nmode=fast",
  "ssid=y\nretries",
  "port=22\nretries=-1",
];

let ok = 0;
for (const input of inputs) {
  try {
    const c = parseConfig(input);
    ok++;
    console.log(`ok: ${c.ssid}:${c.port} retries=${c.retries}`);
  } catch (e) {
    if (e instanceof RangeCheckError) {
      console.log(`range: ${e.field} ${e.value} not in [${e.min}, ${e.max}] (${e.name}: ${e.message})`);
    } else if (e instanceof ConfigError) {
      console.log(`config: field "${e.field}": ${e.message}`);
    } else {
      console.log("other:", e instanceof Error ? e.message : String(e));
    }
  }
}
console.log(`${ok} of ${inputs.length} configs valid`);
