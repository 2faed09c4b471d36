// A traffic-light state machine stepped by a timer, like a real sketch.
enum Light {
  Red,
  Green,
  Yellow,
}
const durations: number[] = [30, 25, 10];
const names: string[] = ["red", "green", "yellow"];
let current = Light.Red;
let transitions = 0;
function nextLight(l: Light): Light {
  switch (l) {
    case Light.Red:
      return Light.Green;
    case Light.Green:
      return Light.Yellow;
    default:
      return Light.Red;
  }
}
function enter(l: Light): void {
  current = l;
  console.log(`enter ${names[l]} for ${durations[l]}ms`);
  if (transitions++ >= 6) {
    console.log("done after", transitions - 1, "transitions");
    return;
  }
  setTimeout(() => enter(nextLight(current)), durations[l]);
}
export function setup(): void {
  console.log("traffic light starting");
  enter(Light.Red);
}
