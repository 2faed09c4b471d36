// A UART receive ring buffer as an interrupt-driven driver keeps it: 16 byte slots, u8 head and
// tail that wrap with a mask, u16 overrun and frame counters, a u32 total. Frames are
// STX len payload checksum; the parser is a small state machine over the buffered bytes.

const SIZE = 16;
const MASK = SIZE - 1;
const STX = 0x02;

class RingBuffer {
  private slots: number[] = new Array<number>(SIZE).fill(0);
  private head: u8 = 0;
  private tail: u8 = 0;
  overruns: u16 = 0;
  total: u32 = 0;

  put(byte: u8): boolean {
    const next: u8 = (this.head + 1) & MASK;
    this.total = (this.total + 1) >>> 0;
    if (next === this.tail) {
      this.overruns = (this.overruns + 1) & 0xffff;
      return false;
    }
    this.slots[this.head] = byte;
    this.head = next;
    return true;
  }

  get(): number {
    if (this.head === this.tail) return -1;
    const byte = this.slots[this.tail];
    this.tail = (this.tail + 1) & MASK;
    return byte;
  }

  count(): u8 {
    return (this.head - this.tail) & MASK;
  }
}

enum State {
  Idle,
  Length,
  Payload,
  Checksum,
}

class FrameParser {
  private state = State.Idle;
  private expected: u8 = 0;
  private sum: u8 = 0;
  private payload: number[] = [];
  frames: u16 = 0;
  errors: u16 = 0;

  feed(byte: u8): string | undefined {
    switch (this.state) {
      case State.Idle:
        if (byte === STX) this.state = State.Length;
        return undefined;
      case State.Length:
        this.expected = byte;
        this.sum = byte;
        this.payload = [];
        this.state = byte === 0 ? State.Checksum : State.Payload;
        return undefined;
      case State.Payload:
        this.payload.push(byte);
        this.sum = (this.sum + byte) & 0xff;
        if (this.payload.length === this.expected) this.state = State.Checksum;
        return undefined;
      case State.Checksum: {
        this.state = State.Idle;
        const ok = ((this.sum + byte) & 0xff) === 0;
        if (!ok) {
          this.errors = (this.errors + 1) & 0xffff;
          return `bad checksum ${byte.toString(16)}`;
        }
        this.frames = (this.frames + 1) & 0xffff;
        return this.payload.map((b) => String.fromCharCode(b)).join("");
      }
      default:
        return undefined;
    }
  }
}

function frame(text: string, corrupt: boolean): number[] {
  const bytes: number[] = [];
  let sum = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 0xff;
    bytes.push(c);
    sum += c;
  }
  const check = (0x100 - (sum & 0xff)) & 0xff;
  return [STX, text.length, ...bytes, corrupt ? check ^ 1 : check];
}

const ring = new RingBuffer();
const parser = new FrameParser();
const wire = [0xff, ...frame("TEMP 21.5", false), 0x00, ...frame("HUM 40", true), ...frame("OK", false)];

// the "interrupt" delivers bursts of 5 bytes; the main loop drains 3 bytes per tick
let offset = 0;
for (let tick = 0; tick < 12; tick++) {
  for (let i = 0; i < 5 && offset < wire.length; i++) ring.put(wire[offset++] & 0xff);
  for (let i = 0; i < 3; i++) {
    const byte = ring.get();
    if (byte < 0) break;
    const result = parser.feed(byte & 0xff);
    if (result !== undefined) console.log(`tick ${tick}: ${result}`);
  }
  console.log(`tick ${tick}: buffered ${ring.count()}`);
}
let byte = ring.get();
while (byte >= 0) {
  const result = parser.feed(byte & 0xff);
  if (result !== undefined) console.log(`drain: ${result}`);
  byte = ring.get();
}

// a burst larger than the buffer overruns it
for (let i = 0; i < 20; i++) ring.put(i);
console.log(`after burst: buffered ${ring.count()}, overruns ${ring.overruns}, total ${ring.total}`);
console.log(`frames ${parser.frames}, errors ${parser.errors}`);
