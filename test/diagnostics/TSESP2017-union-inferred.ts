function pick(useName: boolean) {
  return useName ? "led" : 2;
}
console.log(pick(true));
