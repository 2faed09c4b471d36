const buffer: number[] = new Array(8);
console.log(buffer.length, Array.from("ab").length);
