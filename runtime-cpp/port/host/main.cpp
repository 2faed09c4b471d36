// The PC port's entry point: what the ESP32 Arduino core's app_main/loopTask does on the device,
// setup() once then loop() forever. A sketch ends the process with exit(); stdout is flushed then.
// stdout is block-buffered for speed and flushed after setup() and after every loop() pass, so a
// sketch whose loop() never waits still shows its output as it goes (a no-op when nothing is pending).
#include <cstdio>

#include "Arduino.h"

int main() {
  setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
  setup();
  fflush(stdout);
  for (;;) {
    loop();
    fflush(stdout);
  }
}
