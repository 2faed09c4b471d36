const seen = new Set<number>();
for (const pin of seen) {
  console.log(pin);
}
