// sort without a comparator compares strings; with one, numbers.
const values: number[] = [10, 9, 1, 100, 25, -3, 2];
console.log(values.slice().sort().join(","));
console.log(values.slice().sort((a, b) => a - b).join(","));
console.log(values.slice().sort((a, b) => b - a).join(","));
const names: string[] = ["pear", "Apple", "banana", "apple", "Banana"];
console.log(names.slice().sort().join(","));
const sorted = names.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
console.log(sorted.join(","), sorted === names);
const byLength: string[] = ["ccc", "a", "bb", "dd", "e", "fff"];
console.log(byLength.sort((a, b) => a.length - b.length).join(","));
const empty: number[] = [];
console.log(empty.sort().length, [5].sort().join(""));
