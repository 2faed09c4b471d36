export function rename(label: string): void {
  let name = "";
  let count = 0;
  [name, count] = [label, label.length];
  console.log(name, count);
}
