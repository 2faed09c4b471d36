// Closures that capture and mutate outer variables.
function makeCounter(start: number): () => number {
  let count = start;
  return () => {
    count++;
    return count;
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
console.log(a(), a(), a(), b(), a(), b());
function makeAccount(): (amount: number) => number {
  let balance = 0;
  const history: number[] = [];
  return (amount: number) => {
    balance += amount;
    history.push(balance);
    return history.length;
  };
}
const deposit = makeAccount();
deposit(10);
deposit(-3);
console.log("transactions", deposit(5));
let total = 0;
const addAll = (values: number[]): void => {
  values.forEach((v) => {
    total += v;
  });
};
addAll([1, 2, 3]);
addAll([10]);
console.log("total", total);
