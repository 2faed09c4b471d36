// GPIO: pull-ups read HIGH, outputs read back what was written, analog pins read $TSESP_ANALOG_<pin>.
pinMode(4, INPUT_PULLUP);
console.log(digitalRead(4));
pinMode(5, OUTPUT);
console.log(digitalRead(5));
digitalWrite(5, HIGH);
console.log(digitalRead(5));
digitalWrite(5, LOW);
console.log(digitalRead(5));
console.log(analogRead(34));
console.log(analogRead(35));
console.log(analogRead(36));
