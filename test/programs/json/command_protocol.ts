// A newline-delimited JSON command protocol, as a sketch serves it over a TCP socket or a serial
// port: bytes arrive in arbitrary chunks (Uint8Array), complete lines are decoded as UTF-8, parsed
// with `JSON.parse(line) as Command`, dispatched, and each reply is serialized and encoded back to
// bytes. Broken lines get an error reply instead of stopping the device.
interface Command {
  id: number;
  op: string;
  pin?: number;
  value?: number;
  text?: string;
}
interface Reply {
  id: number;
  ok: boolean;
  result?: number;
  error?: string;
}

const pins = new Map<number, number>();
const log: string[] = [];
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function execute(cmd: Command): Reply {
  switch (cmd.op) {
    case "write":
      if (cmd.pin === undefined || cmd.value === undefined) return { id: cmd.id, ok: false, error: "write needs pin and value" };
      pins.set(cmd.pin, cmd.value);
      return { id: cmd.id, ok: true };
    case "read":
      if (cmd.pin === undefined) return { id: cmd.id, ok: false, error: "read needs pin" };
      return { id: cmd.id, ok: true, result: pins.get(cmd.pin) ?? 0 };
    case "log":
      log.push(cmd.text ?? "");
      return { id: cmd.id, ok: true, result: log.length };
    default:
      return { id: cmd.id, ok: false, error: `unknown op "${cmd.op}"` };
  }
}

function handleLine(line: string): Uint8Array {
  let reply: Reply;
  try {
    reply = execute(JSON.parse(line) as Command);
  } catch (e) {
    reply = { id: -1, ok: false, error: e instanceof Error ? e.name : "error" };
  }
  return encoder.encode(JSON.stringify(reply) + "\n");
}

/** Splits the byte stream into lines; keeps a partial line (and partial UTF-8 sequences) for later. */
class LineChannel {
  private pending = new Uint8Array(0);
  sent = 0;

  receive(chunk: Uint8Array): void {
    const joined = new Uint8Array(this.pending.length + chunk.length);
    joined.set(this.pending);
    joined.set(chunk, this.pending.length);
    let start = 0;
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] !== 0x0a) continue;
      const line = decoder.decode(joined.subarray(start, i)).trim();
      start = i + 1;
      if (line.length === 0) continue;
      const out = handleLine(line);
      this.sent += out.length;
      console.log(decoder.decode(out).trimEnd());
    }
    this.pending = joined.slice(start);
  }
}

const session = [
  '{"id":1,"op":"write","pin":2,"value":1}',
  '{"id":2,"op":"read","pin":2}',
  '{"id":3,"op":"log","text":"température ok ✓"}',
  '{"id":4,"op":"read"}',
  '{"id":5,"op":"blink"}',
  '{"id":6,"op":"write","pin":4,',
  "",
  '  {"id":7,"op":"read","pin":4}  ',
].join("\n") + "\n";
const wire = encoder.encode(session);
const channel = new LineChannel();
// deliver in 7-byte chunks: lines and multi-byte characters are split across chunks
for (let at = 0; at < wire.length; at += 7) channel.receive(wire.subarray(at, at + 7));
console.log(wire.length, "bytes in,", channel.sent, "bytes out;", JSON.stringify(log));
