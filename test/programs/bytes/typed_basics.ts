// Typed arrays as a sketch uses them for sensor samples and packet bytes: construction, conversion
// on write (wrapping, clamping, float rounding), views that share memory, copies, printing.
const packet = new Uint8Array(6);
packet[0] = 0xaa;
packet[1] = 300; // wraps to 44
packet[2] = -1; // wraps to 255
packet[3] = 3.9; // truncates to 3
packet[4] = NaN; // 0
packet[5] = packet[0] + packet[1];
console.log(packet);
console.log(packet.length, packet.byteLength);

const clamped = Uint8ClampedArray.from([-5, 0.5, 1.5, 2.5, 254.5, 255.5, 1000, NaN]);
console.log(clamped);

const signed = new Int8Array([127, 128, 255, 256, -129]);
console.log(signed);
const words = new Uint16Array([65535, 65536, -1, 70000]);
const ints = new Int32Array([2147483647, 2147483648, 4294967295, -2147483649]);
const uints = new Uint32Array([-1, 4294967296, 1.5e10]);
console.log(words, ints, uints);

const floats = new Float32Array([0.1, 1 / 3, 1e40, -1e40, 16777217]);
console.log(floats);
console.log(floats[0] === 0.1, floats[0]);
const doubles = Float64Array.of(0.1, -0, Infinity);
console.log(doubles);

// subarray shares memory, slice copies
const frame = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
const payload = frame.subarray(2, 6);
const copy = frame.slice(2, 6);
payload[0] = 99;
copy[1] = 77;
console.log(frame, payload, copy);
console.log(payload.byteOffset, payload.length, frame.subarray(-3), frame.slice(-2, -1));

// set, fill, indexOf, includes, join
const out = new Uint8Array(10);
out.set([9, 8, 7]);
out.set(payload, 4);
out.fill(1, 8);
console.log(out.join("-"), out.indexOf(7), out.indexOf(42), out.includes(99), String(out.subarray(0, 3)));
const widened = new Uint16Array(frame);
widened[0] = 1000;
console.log(widened, frame[0]);

// map / forEach / reduce / for...of
const doubled = frame.map((b) => b * 40);
console.log(doubled);
let sum = 0;
frame.forEach((b, i) => {
  sum += b * i;
});
console.log(sum, frame.reduce((acc, b) => acc ^ b, 0), frame.reduce((a, b) => a + b));
let text = "";
for (const b of frame) text += b.toString(16).padStart(2, "0");
console.log(text);

// compound writes convert too
const counters = new Uint8Array(3);
counters[0] += 250;
counters[0] += 10;
counters[1]--;
counters[2] |= 0x81;
counters[2] <<= 1;
console.log(counters, counters[1]++, counters[1]);

// long arrays elide like Node
const big = new Uint8Array(120);
for (let i = 0; i < big.length; i++) big[i] = i * 7;
console.log(big);
console.log(new Float64Array(0), new Int16Array(4));
console.log([new Uint8Array(2), frame.subarray(0, 2)]);

// reads past the end: `=== undefined` and `??` test the index, as in JS
for (const i of [5, 6, -1, 1.5]) console.log(i, packet[i] === undefined, packet[i] !== undefined, packet[i] ?? -1);
