const result: number = eval("1 + 2");
console.log(result);
