function log(value: unknown): void {
  console.log(String(value));
}
log(3);
