const buffer = new Uint8Array(16);
buffer[0] = 255;
console.log(buffer.length);
