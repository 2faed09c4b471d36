function check(pin: number): void {
  if (pin < 0) {
    throw new Error("bad pin");
  }
}
check(2);
