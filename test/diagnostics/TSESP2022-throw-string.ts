function check(pin: number): void {
  if (pin < 0) {
    throw "bad pin";
  }
}
check(2);
