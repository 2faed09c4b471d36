function load(): number {
  try {
    return Number("12");
  } catch (e) {
    throw new Error("load failed", { cause: e });
  }
}
console.log(load());
