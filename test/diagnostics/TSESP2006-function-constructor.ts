const add = new Function("a", "b", "return a + b");
console.log(typeof add);
