const names: string[] = ["beta", "alpha"];
console.log(names[0].localeCompare(names[1]));
