// Errors crossing module boundaries: the driver throws, the sensor layer retries busy devices,
// the application reports what could not be read.
import { DriverError, TimeoutError } from "./errors";
import { readWord, transactions } from "./driver";

function readSensor(address: number): number {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return readWord(address, 2);
    } catch (e) {
      if (e instanceof TimeoutError) throw e;
      if (e instanceof DriverError) {
        console.log(`  attempt ${attempt}: ${e.message}`);
        continue;
      }
      throw e;
    }
  }
  throw new DriverError(`gave up on 0x${address.toString(16)}`, address);
}

const found: string[] = [];
for (const address of [0x40, 0x41, 0x76, 0x48]) {
  try {
    found.push(`0x${address.toString(16)}=${readSensor(address)}`);
  } catch (e) {
    if (e instanceof TimeoutError) console.log(`${e.name} at 0x${e.address.toString(16)} after ${e.waitedMs} ms`);
    else if (e instanceof Error) console.log(`failed: ${e.message}`);
  }
}
console.log(found.join(" "), `(${transactions} transactions)`);
