// The Arduino core basics for `ts-esp run --node`, mirroring the PC shim
// (runtime-cpp/port/host/arduino/Arduino.cpp) byte for byte: the same pin trace lines, the same
// Serial bytes ("\r\n" after println), the same constants, millis()/micros() from process start.
// Calling context: the sketch's one JS thread.
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";

export const HIGH = 0x1;
export const LOW = 0x0;
export const INPUT = 0x01;
export const OUTPUT = 0x03;
export const PULLUP = 0x04;
export const INPUT_PULLUP = 0x05;
export const PULLDOWN = 0x08;
export const INPUT_PULLDOWN = 0x09;

const PIN_COUNT = 64;

/** Pin modes and levels plus the trace sink; one per process, like the shim's static table. */
class PinTable {
  readonly mode = new Uint8Array(PIN_COUNT);
  readonly level = new Uint8Array(PIN_COUNT);
  private traceFd: number | undefined; // fd of $TSESP_PIN_TRACE, or 2 (stderr)

  trace(line: string): void {
    if (this.traceFd === undefined) this.traceFd = openTrace();
    fs.writeSync(this.traceFd, `${line}\n`);
  }
}

function openTrace(): number {
  const file = process.env.TSESP_PIN_TRACE;
  if (file) {
    try {
      return fs.openSync(file, "w");
    } catch {
      // as the shim does: an unwritable trace file falls back to stderr
    }
  }
  return 2;
}

const pins = new PinTable();

function modeName(mode: number): string {
  switch (mode) {
    case INPUT: return "INPUT";
    case OUTPUT: return "OUTPUT";
    case INPUT_PULLUP: return "INPUT_PULLUP";
    case INPUT_PULLDOWN: return "INPUT_PULLDOWN";
    default: return "UNKNOWN";
  }
}

/** The C shim takes uint8_t pins and modes: wrap the same way. */
function toUint8(n: number): number {
  return Number(n) & 0xff;
}

export function pinMode(pin: number, mode: number): void {
  const p = toUint8(pin);
  const m = toUint8(mode);
  if (p < PIN_COUNT) pins.mode[p] = m;
  pins.trace(`pinMode ${p} ${modeName(m)}`);
}

export function digitalWrite(pin: number, value: number | boolean): void {
  const p = toUint8(pin);
  const high = toUint8(Number(value)) !== 0;
  if (p < PIN_COUNT) pins.level[p] = high ? HIGH : LOW;
  pins.trace(`digitalWrite ${p} ${high ? "HIGH" : "LOW"}`);
}

export function digitalRead(pin: number): number {
  const p = toUint8(pin);
  if (p >= PIN_COUNT) return LOW;
  if (pins.mode[p] === INPUT_PULLUP) return HIGH;
  return pins.level[p];
}

/** $TSESP_ANALOG_<pin> feeds a reading (clamped to 0..4095); otherwise the pin floats at 0. */
export function analogRead(pin: number): number {
  const value = process.env[`TSESP_ANALOG_${toUint8(pin)}`];
  if (value === undefined) return 0;
  const reading = parseInt(value, 10);
  if (Number.isNaN(reading) || reading < 0) return 0;
  return Math.min(reading, 4095);
}

/** ms since process start, wrapping at 2^32 like the device's unsigned long. */
export function millis(): number {
  return Math.floor(performance.now()) % 0x100000000;
}

/** µs since process start, wrapping at 2^32. */
export function micros(): number {
  return Math.floor(performance.now() * 1000) % 0x100000000;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the whole sketch, as delay() blocks the loop task on the device: no timer runs meanwhile. */
export function delay(ms: number): void {
  const wait = Math.max(0, Math.floor(Number(ms)) >>> 0);
  if (wait > 0) Atomics.wait(sleepCell, 0, 0, wait);
}

export function delayMicroseconds(us: number): void {
  const wait = (Math.max(0, Math.floor(Number(us))) >>> 0) / 1000;
  if (wait > 0) Atomics.wait(sleepCell, 0, 0, wait);
}

/** ESP.getFreeHeap() under Node: the bytes V8's heap can still grow by. */
export const ESP = {
  getFreeHeap(): number {
    return getHeapStatistics().total_available_size;
  },
};
