const readings: number[] = [3, 7, -1, 4];
scan: {
  for (const r of readings) {
    if (r < 0) break scan;
    console.log(r);
  }
  console.log("all valid");
}
