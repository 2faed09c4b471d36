// The embedded proxy's entry point (picolibc's semihost crt0 calls main): what the Arduino core's loop
// task does, setup() once then loop() forever. The program ends with exit(), which semihosting turns
// into QEMU's exit status.
#include "Arduino.h"

int main() {
  setup();
  for (;;) loop();
}
