// Destructuring assignments, object spread, spread into library calls and fixed-width numbers kept in range.
interface Point {
  x: number;
  y: number;
}
interface Config {
  host: string;
  port: number;
}
const DEFAULTS: Config = { host: "a", port: 1 };
const { host, port: defaultPort } = DEFAULTS;
const [first, ...others] = [1, 2, 3];
const zeros = new Array<number>(4).fill(0);
export function demo(xs: number[], table: number[][]): u8 {
  let a = xs[0];
  let b = xs[1];
  [a, b] = [b, a];
  let x = 0;
  let y = 0;
  const p: Point = { x: 1, y: 2 };
  ({ x, y } = p);
  const c: Config = { ...DEFAULTS, port: 8080 };
  const q: number[] = [];
  q.push(...xs, a, b);
  console.log(Math.max(...q), Math.min(0, ...xs), c.port, x, y);
  console.log(...xs, host, defaultPort, first, others.length, zeros.length);
  const rows = table.concat([[3, 4]], table);
  let crc: u8 = 0xff;
  for (const v of xs) crc = (crc ^ v) & 0xff;
  for (let i: u8 = 0; i < 8; i++) crc = (crc << 1) & 0xff;
  const big: i32 = (a * 1000) | 0;
  const f: f32 = Math.fround(big / 3);
  return (crc + rows.length + (f > 0 ? 1 : 0)) & 0xff;
}
