let reading;
reading = analogRead(34);
console.log(reading);
