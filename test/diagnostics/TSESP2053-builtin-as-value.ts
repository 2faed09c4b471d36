function apply(values: number[], f: (n: number) => void): void {
  values.forEach((v) => f(v));
}
apply([1, 2], console.log);
const labels = [1, 2].map(String);
console.log(labels.length);
