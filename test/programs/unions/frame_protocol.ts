// A message protocol: frames are a discriminated union on `kind`, decoded from bytes and handled
// with an exhaustive switch.
interface Ping {
  kind: "ping";
  seq: number;
}
interface Data {
  kind: "data";
  channel: number;
  payload: number[];
}
interface Ack {
  kind: "ack";
  seq: number;
  ok: boolean;
}
interface Reset {
  kind: "reset";
}
type Frame = Ping | Data | Ack | Reset;

function decode(bytes: number[]): Frame | null {
  if (bytes.length === 0) return null;
  switch (bytes[0]) {
    case 0x01:
      return bytes.length >= 2 ? { kind: "ping", seq: bytes[1] } : null;
    case 0x02: {
      if (bytes.length < 3) return null;
      const len = bytes[2];
      if (bytes.length < 3 + len) return null;
      return { kind: "data", channel: bytes[1], payload: bytes.slice(3, 3 + len) };
    }
    case 0x03:
      return { kind: "ack", seq: bytes[1] ?? 0, ok: bytes[2] === 0 };
    case 0x7f:
      return { kind: "reset" };
    default:
      return null;
  }
}

function checksum(payload: number[]): number {
  let sum = 0;
  for (const b of payload) sum = (sum + b) & 0xff;
  return sum;
}

let pending = 0;
function handle(frame: Frame): string {
  switch (frame.kind) {
    case "ping":
      pending++;
      return `ping #${frame.seq}`;
    case "data":
      return `data ch${frame.channel} len=${frame.payload.length} sum=${checksum(frame.payload)}`;
    case "ack":
      pending = Math.max(0, pending - 1);
      return frame.ok ? `ack ${frame.seq}` : `nak ${frame.seq}`;
    case "reset":
      pending = 0;
      return "reset";
    default: {
      const unreachable: never = frame;
      return unreachable;
    }
  }
}

function isControl(frame: Frame): boolean {
  return frame.kind === "ping" || frame.kind === "reset";
}

const wire: number[][] = [
  [0x01, 7],
  [0x02, 3, 4, 10, 20, 30, 40],
  [0x02, 1, 5, 1],
  [0x03, 7, 0],
  [0x03, 8, 1],
  [0x09],
  [],
  [0x7f],
  [0x01, 9],
];
const log: Frame[] = [];
for (const bytes of wire) {
  const frame = decode(bytes);
  if (!frame) {
    console.log("drop", bytes);
    continue;
  }
  log.push(frame);
  console.log(handle(frame), isControl(frame) ? "(control)" : "", "pending", pending);
}
console.log(log.length, log[1], log[3]);
const kinds = log.map((f) => f.kind);
console.log(kinds.join(" "));
const dataFrames = log.filter((f) => f.kind === "data").length;
console.log("data frames", dataFrames, log[0].kind === "ping" ? log[0].seq : -1);
