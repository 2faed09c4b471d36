const kib = 2 ** 10;
console.log(kib);
