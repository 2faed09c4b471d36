// The error classes the driver raises, shared by every module that handles them.
export class DriverError extends Error {
  constructor(message: string, readonly address: number) {
    super(message);
    this.name = "DriverError";
  }
}

export class TimeoutError extends DriverError {
  constructor(address: number, readonly waitedMs: number) {
    super(`device 0x${address.toString(16)} did not answer in ${waitedMs} ms`, address);
    this.name = "TimeoutError";
  }
}
