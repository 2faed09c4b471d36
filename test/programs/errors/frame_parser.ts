// A serial protocol frame parser with error recovery: frames are "<STX>len:payload*checksum;".
// Bad frames throw typed errors several calls deep; the reader resynchronises at the next ';'.
class FrameError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = "FrameError";
  }
}

class ChecksumError extends FrameError {
  constructor(offset: number, readonly expected: number, readonly actual: number) {
    super(`checksum ${actual} != ${expected}`, offset);
    this.name = "ChecksumError";
  }
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  expect(ch: string): void {
    if (this.pos >= this.text.length) throw new FrameError(`expected '${ch}' at end of input`, this.pos);
    const got = this.text.charAt(this.pos);
    if (got !== ch) throw new FrameError(`expected '${ch}' got '${got}'`, this.pos);
    this.pos++;
  }

  number(): number {
    const start = this.pos;
    while (this.pos < this.text.length && this.text.charCodeAt(this.pos) >= 48 && this.text.charCodeAt(this.pos) <= 57) this.pos++;
    if (start === this.pos) throw new FrameError("expected a number", start);
    return parseInt(this.text.slice(start, this.pos), 10);
  }

  take(n: number): string {
    if (this.pos + n > this.text.length) throw new FrameError(`payload needs ${n} bytes`, this.pos);
    const out = this.text.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  skipPast(ch: string): void {
    const next = this.text.indexOf(ch, this.pos);
    this.pos = next < 0 ? this.text.length : next + 1;
  }
}

function checksum(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum = (sum + payload.charCodeAt(i) * (i + 1)) % 251;
  return sum;
}

function readFrame(c: Cursor): string {
  c.expect("<");
  const len = c.number();
  c.expect(":");
  const payload = c.take(len);
  c.expect("*");
  const at = c.pos;
  const sum = c.number();
  c.expect(";");
  const expected = checksum(payload);
  if (sum !== expected) throw new ChecksumError(at, expected, sum);
  return payload;
}

function frame(payload: string): string {
  return `<${payload.length}:${payload}*${checksum(payload)};`;
}

const stream = frame("temp=21") + "<5:hello*999;" + frame("hum=40") + "<x:zz*1;" + frame("ok") + "<9:short*3;";
const cursor = new Cursor(stream);
const good: string[] = [];
let errors = 0;
while (cursor.pos < stream.length) {
  const start = cursor.pos;
  try {
    good.push(readFrame(cursor));
  } catch (e) {
    errors++;
    if (e instanceof ChecksumError) {
      console.log(`frame at ${start}: ${e.name} (${e.message}) field at ${e.offset}`);
    } else if (e instanceof FrameError) {
      console.log(`frame at ${start}: ${e.name} at ${e.offset}: ${e.message}`);
    }
    cursor.pos = start + 1;
    cursor.skipPast(";");
  }
}
console.log(`frames: ${good.join(", ")}`);
console.log(`errors: ${errors}, consumed ${cursor.pos} of ${stream.length}`);
