// One-line decisions of the subset check (esbuild style): each source is either accepted (no
// diagnostics) or refused with exactly the listed codes. The corpus in test/diagnostics shows the
// full messages; this table pins the borderline cases.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProject } from "../project/load";
import { checkProject } from "./index";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsesp-rules-table-"));
let counter = 0;

function codesOf(source: string): string[] {
  const file = path.join(dir, `case${counter++}.ts`);
  fs.writeFileSync(file, source);
  const loaded = loadProject(file);
  return (loaded.ok ? checkProject(loaded.project) : loaded.diagnostics).map((d) => d.code);
}

const accepted: string[] = [
  "const s = [1].toString() + [[2]].concat([[3]]).length; console.log(s);", // concat of arrays of arrays
  "let n = 0; for (let i = 0, j = 9; i < j; i++, j--) n++; console.log(n);", // comma in a for update
  "const ok = digitalRead(2) === HIGH ? 'on' : 'off'; console.log(ok);", // literal family, not a union
  "let flag = millis() > 5; flag = !flag; console.log(flag);", // boolean is true | false
  "enum E { A, B } const e = millis() > 0 ? E.A : E.B; console.log(e);", // one enum
  "function f(x?: number): number { return x ?? 0; } console.log(f());",
  "function g(x: number | undefined): number { return x === undefined ? 1 : x; } console.log(g(2));",
  "const xs = [1, 2]; const last = xs.pop(); console.log(last);", // inferred T | undefined
  "const xs: number[] = [3]; console.log(xs.pop()!, xs[0]);",
  "const s = 'abc'; console.log(s[1], s.charAt(0));",
  "for (const ch of 'héllo') console.log(ch);",
  "const a = 'x'; if (a && a.length > 0) console.log(a);", // value choice used as a condition
  "class C { n = 1; f(): number { return [1].map(() => this.n)[0]; } } console.log(new C().f());",
  "class K { static n = 0; static inc(): number { return ++K.n; } } console.log(K.inc());",
  "const twice = function (n: number): number { return n * 2; }; console.log(twice(2));",
  "console.log(`${[1, 2]}`, String([3]), 'n=' + 4);",
  "const pin: u8 = 2; const big: i32 = 70000; console.log(pin, big);",
  "console.log(true.toString(), (1 > 2).toString().length);",
  "console.log(Number.isInteger(1.5), Number.MAX_SAFE_INTEGER, Math.max(1, 2, 3), Math.PI, Math.clz32(1));",
  "export function setup(): void {} export function loop(): void {}",
  "const q = [1, 2].concat([3], 4); console.log(q.shift(), q.at(-1), Array.isArray(q), 'x'.padStart(3).replace('x', 'y'));",
  "interface P { x: number } function f([a, b = 2]: number[], { x }: P): number { const [c, ...r] = [a, b]; return c + r.length + x; } console.log(f([1], { x: 1 }));",
  "function sum(...xs: number[]): number { return xs.length; } const ys = [1, ...[2, 3]]; console.log(sum(), sum(1, ...ys), [...ys, 4]);",
  // generics, aliases, string enums, as const, accessors (lower/shared/generics.ts, expressions/accessors.ts)
  "function id<T>(x: T): T { return x; } const pick = <T>(xs: T[]): T => xs[0]; console.log(id(1), id<string>('a'), pick([true]));",
  "class Box<T = number> { constructor(public v: T) {} map<U>(f: (v: T) => U): Box<U> { return new Box(f(this.v)); } } console.log(new Box(2).map((n) => `${n}`).v);",
  "function fmt<T extends number | string>(x: T): string { return `${x}`; } console.log(fmt(1), fmt('a'));",
  "type Pin = number; type Pt = { x: number }; const p: Pt = { x: 1 }; const n: Pin = p.x; console.log(n);",
  "enum M { On = 'on', Off = 'off' } const m = millis() > 0 ? M.On : M.Off; console.log(m === M.Off, m.length, `${m}`);",
  "const PINS = [2, 4] as const; const C = { baud: 9600 } as const; type P = (typeof PINS)[number]; const x: P = PINS[0]; console.log(x, C.baud);",
  "abstract class S { abstract get v(): number; get twice(): number { return this.v * 2; } } class F extends S { get v(): number { return 2; } } console.log(new F().twice);",
  "class C { private n = 0; get v(): number { return this.n; } set v(x: number) { this.n = x; } } const c = new C(); c.v += 2; c.v++; console.log(c.v);",
  "const f = (a: number, ...r: number[]): number => a + r.length; console.log(f(1));",
  "const m = new Map<string, number>(); m.set('a', 1); for (const [k, v] of m) console.log(k, v); for (const k of m.keys()) console.log(k, m.size); const s = new Set([1, 2]); for (const x of s) console.log(x, s.has(x));",
  "console.log('a,b'.split(',', 1).length, [1].includes(1, 0));",
  "const xs = [5, 6]; for (const [i, x] of xs.entries()) console.log(i, x); for (const i of xs.keys()) console.log(i);",
  "let a = 1; a ||= 2; let o: number | undefined; o ??= a ** 2; a **= 0.5; console.log(a, o);",
  // unions (lower/types.ts cppUnionType, runtime variant.h)
  "const v = millis() > 0 ? 1 : 'one'; console.log(v, typeof v);",
  "function h(): number | string { return 1; } let n: number | null = 1; n = null; console.log(h(), n ?? 'none');",
  "interface C { kind: 'c'; r: number } interface S { kind: 's'; a: number } type Sh = C | S; function f(s: Sh): number { return 'r' in s ? s.r : s.kind === 's' ? s.a : 0; } console.log(f({ kind: 'c', r: 1 }));",
  "interface O { name?: string; on?: (x: number) => void } const o: O = {}; o.on?.(1); console.log(o.name?.length ?? 0, o);",
];

const refused: [string, string[]][] = [
  ["const v = millis() > 0 ? [1] : ['one']; console.log(v.length);", ["TSESP2017"]],
  ["interface A { n: string } interface B { n: string; m: number } function h(x: A | B): string { return x.n; } console.log(h({ n: 'a' }));", ["TSESP2017"]],
  ["interface T { run?(): void } class U implements T {} console.log(new U());", ["TSESP2048"]],
  ["interface A { k: 'a'; x?: number } interface B { k: 'b' } function f(v: A | B): boolean { return 'x' in v; } console.log(f({ k: 'b' }));", ["TSESP2043"]],
  ["class C { f(): void { function inner(this: C): void { console.log(this); } inner.call(this); } }", ["TSESP2046", "TSESP2029", "TSESP2000"]],
  ["const o = { a: 1 }; console.log(o.a);", ["TSESP2033"]],
  ["class P { x = 1; } const p = new P(); console.log(p['x']);", ["TSESP2010"]],
  ["class T { tick(): void {} } const t = new T(); const f = t.tick; f();", ["TSESP2053"]],
  ["console.log('a'.replace('a', (m: string): string => m), Array(3).length, Array.of(1));", ["TSESP2029", "TSESP2028", "TSESP2029"]],
  ["class P { x = 1; } console.log('x' in new P());", ["TSESP2043"]],
  ["const xs = [5]; const it = xs.entries(); for (const e of xs.entries()) console.log(e, it);", ["TSESP2029", "TSESP2000"]],
  ["const m = new Map<string, number>(); const it = m.values(); for (const e of m) console.log(e, it); const s = new Set('ab'); console.log(s.size);", ["TSESP2029", "TSESP2000"]],
  ["const xs = [1]; function two(a: number, b: number): number { return a + b; } console.log(Math.max(...xs), [...'ab'], two(...[1, 2]));", ["TSESP2021", "TSESP2021"]],
  ["function g(s: string): void { const [c] = s; for (let [i] = [0]; i < 1; i++) console.log(c, i); } g('a');", ["TSESP2020"]],
  ["const q: number[] = [1, 2]; q.length = 0; q.length++; console.log(q.length);", ["TSESP2029", "TSESP2029"]],
  ["console.log(Number.isSafeInteger(1.5), Math.tanh(1), (2.5).toPrecision(2));", ["TSESP2029"]],
  ["const d = new Date(); console.log(d.getTime());", ["TSESP2028"]],
  ["const f = (a: number, b?: number): number => a + (b ?? 0); console.log(f(1));", ["TSESP2000"]],
  ["function id<T>(x: T): T { return x; } console.log([1].map(id));", ["TSESP2016"]],
  ["function f(): number { const g = <T>(x: T): T => x; return g(1); } console.log(f());", ["TSESP2016"]],
  ["class B<T> { static n = 0; v: T[] = []; } console.log(B.n);", ["TSESP2016"]],
  ["class C { get v(): number { return 1; } set v(x: number) { console.log(x); } } const c = new C(); c.v ??= 2;", ["TSESP2015"]],
  ["enum E { A = 1, B = 'b' } console.log(E.A);", ["TSESP2041"]],
  ["abstract class A { abstract n: number; } console.log(1);", ["TSESP2040"]],
  ["const x = 1 as number; console.log(x);", ["TSESP2018"]],
];

test.each(accepted)("accepts %s", (source) => {
  expect(codesOf(source)).toEqual([]);
});

test.each(refused)("refuses %s", (source, codes) => {
  expect(codesOf(source)).toEqual(codes);
});
