const line = "temp=21";
console.log(/temp=(\d+)/.test(line));
