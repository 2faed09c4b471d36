const word = "hello";
for (let i = 0; i < word.length; i++) {
  console.log(word[i]);
}
