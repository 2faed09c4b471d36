function blink(): void {
  digitalWrite(2, HIGH);
}
const result = blink();
console.log(result === undefined);
