// WiFi (compiler/lib/net.d.ts) for `ts-esp run --node`: the host's network stands for the access
// point, with the native PC port's sequence (port/host/arduino/WiFi.h, tsesp_net/net_wifi.cpp):
// status WL_IDLE_STATUS until begin(), WL_CONNECTED after it, WL_DISCONNECTED after disconnect();
// onConnect("127.0.0.1") follows a begin() that connected and onDisconnect(8) a disconnect() that
// disconnected, each as a later event (setImmediate, which also keeps the process alive until then).

export const WL_IDLE_STATUS = 0;
export const WL_CONNECTED = 3;
export const WL_DISCONNECTED = 6;
/** ESP-IDF's WIFI_REASON_ASSOC_LEAVE: the station left on purpose (what disconnect() reports). */
const REASON_ASSOC_LEAVE = 8;
const LOCAL_IP = "127.0.0.1";

let status = WL_IDLE_STATUS;
let connectCb: ((ip: string) => void) | undefined;
let disconnectCb: ((reason: number) => void) | undefined;

export const WiFi = {
  begin(_ssid: string, _password: string): number {
    if (status !== WL_CONNECTED) {
      status = WL_CONNECTED;
      setImmediate(() => connectCb?.(LOCAL_IP));
    }
    return status;
  },
  status(): number {
    return status;
  },
  localIP(): string {
    return status === WL_CONNECTED ? LOCAL_IP : "";
  },
  disconnect(): boolean {
    if (status === WL_CONNECTED) {
      status = WL_DISCONNECTED;
      setImmediate(() => disconnectCb?.(REASON_ASSOC_LEAVE));
    }
    return true;
  },
  onConnect(cb: (ip: string) => void): void {
    connectCb = cb;
  },
  onDisconnect(cb: (reason: number) => void): void {
    disconnectCb = cb;
  },
};
