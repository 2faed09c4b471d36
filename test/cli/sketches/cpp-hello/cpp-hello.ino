// A plain Arduino C++ sketch for `ts-esp run`: setup() once, loop() until it has counted to three,
// then the process ends with status 3 so the test sees the status pass through.
#include "greeting.h"

static int count = 0;

void setup() {
  Serial.begin(115200);
  Serial.println(kGreeting);
  pinMode(2, OUTPUT);
}

void loop() {
  digitalWrite(2, count % 2 ? LOW : HIGH);
  Serial.print("loop ");
  Serial.println(++count);
  delay(10);
  if (count == 3) {
    Serial.flush();
    exit(3);
  }
}
