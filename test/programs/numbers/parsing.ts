// Number(s), parseInt, parseFloat and isNaN, as a serial command parser would use them.
const inputs: string[] = ["42", "  42  ", "-17.5", "3.14abc", "abc", "", "   ", "0x1F", "1e3", "Infinity", "-Infinity", "12px", ".5", "5.", "+8", "0b101", "1_000"];
for (const s of inputs) {
  console.log(`"${s}"`, Number(s), parseInt(s), parseFloat(s), isNaN(Number(s)));
}
console.log(parseInt("ff", 16), parseInt("777", 8), parseInt("101", 2), parseInt("z", 36), parseInt("9", 8), parseInt("12", 40));
console.log(parseInt("123456789012345678901234567890"), parseFloat("1e400"), parseFloat("-0"), Number("-0"));
