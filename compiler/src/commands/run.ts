// `ts-esp run [FILE | DIR] [--node]`: the sketch on the PC. Natively: compile to C++ (skipped when
// nothing changed; a plain Arduino C++ sketch is taken as it is), build against the cached runtime
// library (native/), run; or, with --node, bundled with esbuild and run in this process with the
// Node implementation of the API (node/).
import * as path from "node:path";
import { buildNative } from "../native";
import { asyncTcpDefines } from "../project/asyncTcpConfig";
import { bundleSketch } from "../node/bundle";
import { startSketchFile } from "../node/run";
import { listOption, stringOption, type Command, type ParsedArgs } from "./shared/command";
import { runToExit } from "./shared/child";
import { CliError, EXIT_USAGE } from "./shared/errors";
import { writeGeneratedSources } from "./shared/generated";
import { writeCppSketchSources } from "./shared/cpp-sketch";
import { requireTypeScript, resolveSketch } from "./shared/sketch";
import { requireTools } from "./shared/tools";

const SANITIZE_VARIANTS = ["none", "address", "thread"] as const;
type SanitizeVariant = (typeof SANITIZE_VARIANTS)[number];

export const runCommand: Command = {
  name: "run",
  summary: "run a sketch on the PC (natively, or under Node with --node)",
  help: `Usage: ts-esp run [FILE.ts | FILE.ino | FILE.cpp | DIR] [--node] [--sanitize address|thread]
                  [--forward HOST:GUEST]...

Builds the sketch for the PC with g++ against runtime-cpp's host port and runs it. stdout is the
sketch's console/Serial output; pin writes are traced to $TSESP_PIN_TRACE (or stderr); the sketch's
exit status is ts-esp's. Unchanged sketches start without recompiling. A plain Arduino C++ sketch
(.ino/.cpp files using Arduino, WiFi and AsyncTCP) runs the same way.

Options:
  --node               run the same TypeScript sketch under Node (esbuild bundle, same API) instead;
                       no subset check (that is 'ts-esp check')
  --sanitize VARIANT   native build with address (ASan+UBSan) or thread (TSan) sanitizers
  --forward HOST:GUEST make the sketch's port GUEST reachable at 127.0.0.1:HOST (HOST 0: any free
                       port; the mapping is printed on stderr); repeatable. Without it, each port
                       the sketch listens on is forwarded (the same number when >= 1024 and free,
                       else a free one) and printed the same way`,
  options: { node: { type: "boolean" }, sanitize: { type: "string" }, forward: { type: "string", multiple: true } },
  maxPositionals: 1,
  async run(args) {
    const forwards = parseForwards(listOption(args, "forward"));
    if (forwards.length) process.env.TSESP_FORWARD = forwards.join(",");
    else if (!process.env.TSESP_FORWARD) process.env.TSESP_FORWARD = "auto"; // every port the sketch listens on
    if (args.values.node) {
      if (args.values.sanitize !== undefined) throw new CliError("run: --sanitize applies to native runs, not --node", EXIT_USAGE);
      return runOnNode(args.positionals[0]);
    }
    return runNatively(args);
  },
};

async function runOnNode(given: string | undefined): Promise<number> {
  const target = resolveSketch(given);
  requireTypeScript(target, "run --node");
  const ackTime = asyncTcpDefines(target.config.defines).CONFIG_ASYNC_TCP_MAX_ACK_TIME;
  if (ackTime !== undefined) process.env.TSESP_ASYNC_TCP_MAX_ACK_TIME = String(ackTime); // node/api/net.ts
  const bundleFile = path.join(target.workDir, "node", `${path.basename(target.entry, ".ts")}.cjs`);
  const bundle = await bundleSketch(target.entry, bundleFile);
  if (!bundle.ok) {
    for (const error of bundle.errors) process.stderr.write(`${error}\n`);
    return 1;
  }
  try {
    startSketchFile(bundle.code, bundleFile);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
  return 0; // the process lives on while the sketch has timers or a loop()
}

async function runNatively(args: ParsedArgs): Promise<number> {
  const variant = parseSanitize(stringOption(args, "sanitize"));
  requireTools(["g++", "cmake"], "to build the sketch for the PC");
  const target = resolveSketch(args.positionals[0]);
  const generatedDir = path.join(target.workDir, "src");
  if (target.language === "cpp") writeCppSketchSources(target, generatedDir);
  else if (!writeGeneratedSources(target, generatedDir)) return 1;
  const built = await buildNative({ generatedDir, variant, defines: asyncTcpDefines(target.config.defines) });
  if (!built.ok) {
    process.stderr.write(`${built.error.trimEnd()}\n`);
    const why = target.language === "cpp" ? "" : " (if the sketch passed 'ts-esp check', this is a ts-esp bug: please report it)";
    throw new CliError(`the native build failed${why}`);
  }
  return runToExit(built.executable);
}

function parseSanitize(value: string | undefined): SanitizeVariant {
  if (value === undefined) return "none";
  if ((SANITIZE_VARIANTS as readonly string[]).includes(value)) return value as SanitizeVariant;
  throw new CliError(`unknown sanitizer '${value}' (use address or thread)`, EXIT_USAGE);
}

/** HOST:GUEST port pairs, checked; they reach the sketch as $TSESP_FORWARD (port/host/net/host_net.h). */
function parseForwards(specs: string[]): string[] {
  return specs.map((spec) => {
    const match = /^(\d{1,5}):(\d{1,5})$/.exec(spec);
    const host = match ? Number(match[1]) : NaN;
    const guest = match ? Number(match[2]) : NaN;
    if (!(host >= 0 && host <= 65535 && guest >= 1 && guest <= 65535)) {
      throw new CliError(`bad --forward '${spec}' (use HOST:GUEST ports, e.g. 8080:80; HOST 0 picks a free port)`, EXIT_USAGE);
    }
    return `${host}:${guest}`;
  });
}
