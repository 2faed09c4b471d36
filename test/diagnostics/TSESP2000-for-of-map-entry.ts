const pins = new Map<string, number>();
pins.set("led", 2);
for (const entry of pins) {
  console.log(entry);
}
