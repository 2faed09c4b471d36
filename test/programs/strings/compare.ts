// Comparing strings: === by value, < by code unit order.
const a = "apple";
const b = "app" + "le";
console.log(a === b, a !== b, a < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "" < "a");
const names: string[] = ["delta", "Alpha", "charlie", "bravo", "alpha"];
let smallest = names[0];
for (const n of names) {
  if (n < smallest) smallest = n;
}
console.log("smallest:", smallest);
console.log("10" < "9", "b" > "a", "a" >= "a", "a" <= "b");
