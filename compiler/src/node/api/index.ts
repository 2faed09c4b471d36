// The ts-esp API for `ts-esp run --node`: everything a sketch may name from compiler/lib besides what
// Node already has (console, timers). installNodeApi() puts it on globalThis before the sketch's bundle
// runs. Networking (AsyncServer/AsyncClient over node:net, WiFi) joins here as api/net.ts.
import * as arduino from "./arduino";
import { AsyncClient, AsyncServer } from "./net";
import { WiFi, WL_CONNECTED, WL_DISCONNECTED, WL_IDLE_STATUS } from "./wifi";
import { Serial } from "./serial";

/** Name -> value, as the sketch sees it. */
export type NodeApi = Record<string, unknown>;

export function createNodeApi(): NodeApi {
  return { ...arduino, Serial, AsyncClient, AsyncServer, WiFi, WL_CONNECTED, WL_DISCONNECTED, WL_IDLE_STATUS };
}

export function installNodeApi(target: Record<string, unknown>): NodeApi {
  const api = createNodeApi();
  for (const [name, value] of Object.entries(api)) target[name] = value;
  return api;
}
