// A simulated I2C bus driver: devices that are absent time out, a busy device reports an error.
import { DriverError, TimeoutError } from "./errors";

const present = [0x40, 0x48, 0x76];
let busyCountdown = 2;
export let transactions = 0;

export function readRegister(address: number, register: number): number {
  transactions++;
  if (!present.includes(address)) throw new TimeoutError(address, 25);
  if (address === 0x76 && busyCountdown-- > 0) throw new DriverError(`device 0x76 busy (${busyCountdown} left)`, address);
  return (address + register * 3) % 256;
}

export function readWord(address: number, register: number): number {
  return readRegister(address, register) * 256 + readRegister(address, register + 1);
}
