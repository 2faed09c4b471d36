const pins: number[] = [2, 4];
for (const index in pins) {
  console.log(index);
}
