const fields = "a,b,c".split(",", 2);
console.log(fields.length);
