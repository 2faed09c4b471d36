// Integer operators go through ToInt32/ToUint32.
const values: number[] = [0, 1, -1, 255, 256, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 3.7, -3.7, 1e10, NaN, Infinity];
for (const v of values) {
  console.log(v, v | 0, v >>> 0, ~v, v >> 1, v << 1, v & 0xff, v ^ 0x55);
}
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 28, -16 >> 2, -16 >>> 2);
let flags = 0;
flags |= 1 << 3;
flags |= 1 << 0;
flags &= ~(1 << 0);
flags ^= 0xf0;
flags <<= 2;
flags >>= 1;
flags >>>= 1;
console.log("flags", flags, flags.toString(2), flags.toString(16));
