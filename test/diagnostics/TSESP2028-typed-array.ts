const seen = new Set([1, 2, 3]);
const bytes = new Uint8Array(seen);
console.log(bytes.length);
