try {
  throw new RangeError("out of range");
} catch (e) {
  console.log("failed:", e);
}
