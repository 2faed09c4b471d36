function format(value: number): string;
function format(value: string): string;
function format(value: number | string): string {
  return String(value);
}
console.log(format(1));
