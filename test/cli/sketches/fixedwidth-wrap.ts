// Fixed-width stores outside their range: what the device does (docs/numbers.md). Under Node these
// types are plain numbers, so this sketch prints other values there; ts-esp check warns at each store.
function show(label: string, value: number): void {
  console.log(`${label} ${value}`);
}

let b: u8 = 0;
b = 256 + 44;
show("u8 300 ->", b);
b = -1;
show("u8 -1 ->", b);
b = 3.99;
show("u8 3.99 ->", b);
b = -3.99;
show("u8 -3.99 ->", b);
b = NaN;
show("u8 NaN ->", b);
b = Infinity;
show("u8 Infinity ->", b);
b = 255;
b++;
show("u8 255++ ->", b);
b--;
show("u8 0-- ->", b);
b += 10;
show("u8 255+=10 ->", b);

let s: i8 = 127;
s++;
show("i8 127++ ->", s);
s = 200;
show("i8 200 ->", s);
s = -129;
show("i8 -129 ->", s);

let w: u16 = 65535;
w += 2;
show("u16 65535+=2 ->", w);
let h: i16 = 40000;
show("i16 40000 ->", h);
h = -32769;
show("i16 -32769 ->", h);

let n: i32 = 2147483647;
n++;
show("i32 max++ ->", n);
n = 4294967296 + 5;
show("i32 2^32+5 ->", n);
n = 1e20;
show("i32 1e20 ->", n);
n = -2.5;
show("i32 -2.5 ->", n);
n = 7;
n /= 2;
show("i32 7/=2 ->", n);

let u: u32 = -1;
show("u32 -1 ->", u);
u = 4294967296;
show("u32 2^32 ->", u);
u = -Infinity;
show("u32 -Infinity ->", u);

let f: f32 = 0.1;
show("f32 0.1 ->", f);
f = 16777217;
show("f32 2^24+1 ->", f);
f = 1e39;
show("f32 1e39 ->", f);
f = -1e39;
show("f32 -1e39 ->", f);
f = 3.4028235e38;
show("f32 max ->", f);
f = 1e-46;
show("f32 1e-46 ->", f);
f = NaN;
show("f32 NaN ->", f);

function toByte(x: u8): u8 {
  return x;
}
function widen(x: number): u8 {
  return x * 2;
}
show("param u8 258 ->", toByte(258));
show("return u8 200*2 ->", widen(200));

class Counter {
  ticks: u8 = 250;
  step(): number {
    this.ticks += 10;
    return this.ticks;
  }
}
show("field u8 250+=10 ->", new Counter().step());

// an assignment's value is its right side, as in JS; only the variable wraps
let plain = 0;
plain = b = 300;
show("(b = 300) value ->", plain);
show("b after ->", b);
