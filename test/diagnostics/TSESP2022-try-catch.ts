function parse(text: string): number {
  try {
    return parseInt(text, 10);
  } finally {
    console.log("parsed");
  }
}
console.log(parse("12"));
