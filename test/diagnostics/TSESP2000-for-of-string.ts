const name = "esp";
for (const ch of name) {
  console.log(ch);
}
