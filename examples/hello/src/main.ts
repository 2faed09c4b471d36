// Hello: top-level code runs first, then the exported setup(). There is no loop(), so on the PC the
// program ends once nothing is pending (on the device it then idles).

const greeting = "Hello from ts-esp";
console.log(greeting);

export function setup(): void {
  Serial.begin(115200);
  Serial.println("setup() on the serial port");
  const boards = ["esp32dev", "esp32-s3-devkitc-1", "esp32-c3-devkitm-1"];
  for (const board of boards) {
    console.log(`builds for ${board}:`, board.length, "chars");
  }
  setTimeout(() => console.log("and a timer fired after setup()"), 50);
}
