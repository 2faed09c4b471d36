const boxed = new Number(3);
console.log(boxed.toFixed(1));
