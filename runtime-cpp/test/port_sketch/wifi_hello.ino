// A plain Arduino sketch built with tsesp_add_sketch() (runtime-cpp/test/CMakeLists.txt runs it):
// brings WiFi up, prints its address and a String sum, then ends the program.
#include <WiFi.h>

void setup() {
  Serial.begin(115200);
  WiFi.begin("ssid", "password");
  while (WiFi.status() != WL_CONNECTED) delay(100);
  Serial.print("ip ");
  Serial.println(WiFi.localIP());
  String sum = "sum=" + String(2 + 3);
  Serial.println(sum);
  log_e("logged to stderr, not Serial");
  Serial.flush();
  exit(0);
}

void loop() {}
