const level = digitalRead(4);
if (level == HIGH) {
  console.log("high");
}
