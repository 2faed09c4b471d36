// The PC port's entry point: what the ESP32 Arduino core's app_main/loopTask does on the device,
// setup() once then loop() forever. A sketch ends the process with exit(); stdout is flushed then.
#include <cstdio>

#include "Arduino.h"

int main() {
  setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  setup();
  for (;;) loop();
}
