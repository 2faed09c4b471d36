// The files `ts-esp init` writes into a new sketch project, as text. platformio.ini comes from
// emit/platformio.ts so it matches what `ts-esp build` regenerates.

export function mainTs(ledPin: number): string {
  return `// A first sketch: blinks the on-board LED five times, then stops.
// On the PC: npx ts-esp run   (pin changes are traced to stderr)
// On the board: npx ts-esp build && pio run -t upload

const LED = ${ledPin};
let blinks = 0;

Serial.begin(115200);
pinMode(LED, OUTPUT);
console.log("hello from ts-esp");

const timer = setInterval(() => {
  digitalWrite(LED, blinks % 2 === 0 ? HIGH : LOW);
  blinks++;
  if (blinks === 10) {
    clearInterval(timer);
    console.log("done");
  }
}, 250);
`;
}

export const TSCONFIG_JSON = `${JSON.stringify(
  {
    compilerOptions: {
      target: "ES2022",
      module: "ES2022",
      moduleResolution: "bundler",
      lib: ["ES2022"],
      types: [],
      strict: true,
      noEmit: true,
    },
    include: ["src/**/*.ts", "node_modules/ts-esp/compiler/lib/*.d.ts"],
  },
  null,
  2,
)}\n`;

export function packageJson(name: string, tsEspVersion: string): string {
  const manifest = {
    name,
    version: "0.1.0",
    private: true,
    scripts: { check: "ts-esp check", start: "ts-esp run", build: "ts-esp build" },
    devDependencies: { "ts-esp": `^${tsEspVersion}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function tsEspJson(board: string): string {
  return `${JSON.stringify({ board }, null, 2)}\n`;
}

export const GITIGNORE = `node_modules/
.ts-esp/
.pio/
`;

export const CI_WORKFLOW = `# Compiles the sketch for the ESP32 on every push: TypeScript -> C++ (ts-esp), then PlatformIO.
name: firmware
on:
  push:
  pull_request:

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - uses: actions/cache@v4
        with:
          path: ~/.platformio
          key: pio-\${{ hashFiles('platformio.ini') }}
      - run: pip install platformio
      - run: npm install
      - run: npx ts-esp check
      - run: npx ts-esp build
      - run: pio run
`;
