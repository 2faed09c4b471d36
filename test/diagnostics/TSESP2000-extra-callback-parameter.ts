// An arrow with an optional parameter its function type does not have: TS allows it (the caller never
// passes it, so it takes its default), but the C++ closure expects every parameter it declares.
function eachSample(samples: number[], visit: (value: number) => void): void {
  for (const s of samples) visit(s);
}
eachSample([1, 2, 3], (value, scale = 10) => console.log(value * scale));
