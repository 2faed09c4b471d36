const pins: number[] = [2, 4];
console.log(`pins: ${pins}`);
console.log("first: " + pins);
console.log(String(pins));
