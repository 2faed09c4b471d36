const id = Symbol("id");
console.log(id.toString());
