// The AsyncTCP build flags a sketch may set in ts-esp.json's "defines" (shared/spec/asynctcp.md §3),
// with the values each accepts. config.ts calls checkAsyncTcpDefine() for every define whose name
// starts with CONFIG_ASYNC_TCP_; a bad one becomes one TSESP1007 naming the key, the value and the
// allowed range. Valid values reach platformio.ini's build_flags (emit/platformio.ts) and the native
// runtime library build (native/runtimeLibrary.ts), whose cache key includes them.

export const ASYNC_TCP_PREFIX = "CONFIG_ASYNC_TCP_";

interface FlagRule {
  /** Smallest and largest accepted integer. */
  min: number;
  max: number;
  /** Accepts true/false (written as 1/0). */
  boolean?: boolean;
  /** What the value means, for the message. */
  meaning: string;
}

/** Every settable flag; defaults live in runtime-cpp/src/async_tcp/config.h. */
export const ASYNC_TCP_FLAGS: Record<string, FlagRule> = {
  CONFIG_ASYNC_TCP_STACK_SIZE: { min: 2048, max: 65536, meaning: "stack of the async_tcp task in bytes; default 16384" },
  CONFIG_ASYNC_TCP_PRIORITY: { min: 1, max: 24, meaning: "FreeRTOS priority of the async_tcp task; default 10" },
  CONFIG_ASYNC_TCP_RUNNING_CORE: { min: -1, max: 1, meaning: "core the async_tcp task runs on: 0, 1, or -1 for any; default -1" },
  CONFIG_ASYNC_TCP_QUEUE_SIZE: { min: 8, max: 4096, meaning: "event queue threshold at which poll events are dropped; default 64" },
  CONFIG_ASYNC_TCP_MAX_ACK_TIME: { min: 0, max: 3_600_000, meaning: "initial ack timeout of every connection in ms, 0 = off; default 5000" },
  CONFIG_ASYNC_TCP_USE_WDT: { min: 0, max: 1, boolean: true, meaning: "1/true subscribes the async_tcp task to the task watchdog; default 1" },
};

/** Why `value` is not valid for the AsyncTCP flag `name` (one line), or undefined if it is. */
export function checkAsyncTcpDefine(name: string, value: string | number | boolean): string | undefined {
  const shown = `"defines"."${name}"`;
  const rule = ASYNC_TCP_FLAGS[name];
  if (rule === undefined) {
    return `${shown} is not a settable AsyncTCP flag; settable: ${Object.keys(ASYNC_TCP_FLAGS).join(", ")}`;
  }
  if (typeof value === "boolean" && rule.boolean) return undefined;
  const number = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number === "number" && Number.isInteger(number) && number >= rule.min && number <= rule.max) return undefined;
  const allowed = rule.boolean ? "true, false, 1 or 0" : `an integer from ${rule.min} to ${rule.max}`;
  return `${shown} is ${JSON.stringify(value)}; allowed: ${allowed} (${rule.meaning})`;
}

/** The CONFIG_ASYNC_TCP_* entries of `defines` as -D values (booleans as 1/0), sorted by name. */
export function asyncTcpDefines(defines: Record<string, string | number | boolean>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(defines).sort()) {
    if (!name.startsWith(ASYNC_TCP_PREFIX)) continue;
    const value = defines[name];
    out[name] = typeof value === "boolean" ? (value ? 1 : 0) : Number(value);
  }
  return out;
}
