// The README's "Run the HTTP server example on your PC" walkthrough, executed as written: the first
// shell block starts the server (its exact command, through sh), the lines it prints must look like
// the ones the README shows, and every curl line of the second shell block is run with the printed
// port in place of <port>; the text of its trailing "# ..." comment (up to "...") must be in its output.
import { execSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..");
const HEADING = "## Run the HTTP server example on your PC";

interface Block {
  lang: string;
  lines: string[];
}

function walkthrough(): Block[] {
  const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
  const start = readme.indexOf(HEADING);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf("\n## ", start + HEADING.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks: Block[] = [];
  const fence = /```(\w*)\n([^]*?)```/g;
  for (let match = fence.exec(section); match; match = fence.exec(section)) {
    blocks.push({ lang: match[1], lines: match[2].split("\n").filter((line) => line.trim() !== "") });
  }
  return blocks;
}

interface Server {
  stdout: string;
  stderr: string;
  exited: boolean;
  kill(): void;
}

function startShell(command: string): Server {
  const child = spawn("sh", ["-c", command], { cwd: REPO, detached: true });
  const server: Server = {
    stdout: "",
    stderr: "",
    exited: false,
    kill: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
  child.stdout.on("data", (c: Buffer) => (server.stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (server.stderr += c.toString()));
  child.on("exit", () => (server.exited = true));
  return server;
}

async function waitFor(server: Server, stream: "stdout" | "stderr", pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = server[stream].match(pattern);
    if (match) return match;
    if (server.exited || Date.now() > until) throw new Error(`no ${pattern}; stdout: ${server.stdout}; stderr: ${server.stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("README: run examples/http-server on the PC and curl it, exactly as written", async () => {
  const [run, printed, curls] = walkthrough();
  expect(run.lang).toBe("sh");
  expect(run.lines).toEqual(["npx ts-esp run examples/http-server"]);
  expect(curls.lang).toBe("sh");
  expect(curls.lines.length).toBeGreaterThanOrEqual(3);

  // Other suites may be building the same example at this moment: retry a start that lost that race.
  let server: Server | undefined;
  let port = 0;
  for (let attempt = 1; attempt <= 3 && port === 0; attempt++) {
    server = startShell(run.lines[0]);
    try {
      port = Number((await waitFor(server, "stderr", /forwarding 127\.0\.0\.1:(\d+) -> guest port 80\b/, 400_000))[1]);
      await waitFor(server, "stdout", /listening on port 80: status 1/, 60_000);
    } catch (error) {
      server.kill();
      port = 0;
      if (attempt === 3) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    // The lines the README says it prints, with its example port replaced by the real one.
    for (const line of printed.lines) {
      const shown = line.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`);
      expect(`${server!.stdout}${server!.stderr}`.split("\n")).toContain(shown);
    }
    for (const line of curls.lines) {
      const [command, comment = ""] = line.split(/\s+#\s+/);
      const output = execSync(command.replaceAll("<port>", String(port)), { cwd: REPO, encoding: "utf8", timeout: 30_000, shell: "/bin/sh", stdio: ["ignore", "pipe", "pipe"] });
      const expected = comment.split("...")[0];
      expect({ command, output: output.includes(expected) ? expected : output }).toEqual({ command, output: expected });
    }
  } finally {
    server!.kill();
  }
});
