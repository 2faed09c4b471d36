// indexOf, includes, join and slice.
const pins: number[] = [2, 4, 5, 12, 13, 4];
console.log(pins.indexOf(4), pins.indexOf(4, 2), pins.indexOf(99), pins.includes(13), pins.includes(3));
console.log(pins.slice(1, 3).join(","), pins.slice(-2).join(","), pins.slice(3).join(","), pins.slice().length);
console.log(pins.join(), pins.join(""), pins.join(" - "), [NaN].includes(NaN), [NaN].indexOf(NaN));
const words: string[] = ["alpha", "beta", "gamma"];
console.log(words.indexOf("beta"), words.includes("delta"), words.join("+"));
const copy = words.slice();
copy.push("delta");
console.log(words.length, copy.length);
const alias = words;
alias.push("epsilon");
console.log(words.length, words[words.length - 1]);
console.log([1.5, -0, 1e21].join(";"), [true, false].join());
