var counter = 0;
counter++;
console.log(counter);
