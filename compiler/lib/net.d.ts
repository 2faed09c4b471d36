// ts-esp API: TCP networking on AsyncTCP (runtime-cpp), and WiFi. Under `ts-esp run --node` the same
// API runs over node:net. Every callback runs on the sketch's one event loop, one at a time, after
// top-level code (run to completion, like Node): never concurrently with other TS code.
// Lifetimes: an open connection that has a callback keeps its client alive (as a Node socket stays
// open); after close(), abort() or the disconnect its methods return 0/false/"" and only onDisconnect
// still runs, exactly once per connection; a client with no callbacks that the program drops is closed.
// Data is bytes: onData receives a Uint8Array (a fresh copy of the segment, the sketch's to keep);
// write() sends a string (as UTF-8) or a Uint8Array (its bytes). TextDecoder/TextEncoder convert.
// The AsyncTCP task is configured from the sketch's ts-esp.json "defines" (range-checked, TSESP1007):
// CONFIG_ASYNC_TCP_STACK_SIZE, _PRIORITY, _RUNNING_CORE, _QUEUE_SIZE, _MAX_ACK_TIME, _USE_WDT.

/** A TCP connection: either accepted by an AsyncServer or opened with connect(). */
declare class AsyncClient {
    /** A client that is not connected yet; call connect(). */
    constructor();
    /**
     * Opens a connection to `host` (an IPv4 address such as "10.0.2.2", or a name) on `port`. Returns
     * false if it could not start (already connected, bad port); otherwise onConnect or onError +
     * onDisconnect follow.
     */
    connect(host: string, port: number): boolean;
    /** Called once the connection is established. */
    onConnect(callback: () => void): void;
    /**
     * Called with each received segment as a new Uint8Array (its bytes, owned by the sketch from now
     * on). The bytes are acknowledged when it returns unless ackLater() was called in it.
     */
    onData(callback: (data: Uint8Array) => void): void;
    /** Called exactly once when the connection ends (peer close, close(), abort(), error, timeout). */
    onDisconnect(callback: () => void): void;
    /** Called on an error, with lwIP's code (e.g. -14 connection reset, -55 name not resolved) and its text. onDisconnect follows. */
    onError(callback: (code: number, message: string) => void): void;
    /** Called when the peer acknowledged `length` sent bytes, `ms` after they were sent: a place to write more. */
    onAck(callback: (length: number, ms: number) => void): void;
    /**
     * Called on a poll tick (about every 500 ms, instead of onPoll) while sent data has waited longer
     * than the ack timeout (setAckTimeout) for its acknowledgement; `ms` since it was sent. The
     * connection stays open: close() or abort() it to give up.
     */
    onTimeout(callback: (ms: number) => void): void;
    /** Called about every 500 ms while the connection is open. */
    onPoll(callback: () => void): void;
    /**
     * Queues `data` and sends it: a string as its UTF-8 bytes, a Uint8Array as its bytes (only the
     * view's range). Returns the bytes queued: fewer than asked when space() is short (write the rest
     * later, e.g. in onAck); 0 if closed or empty.
     */
    write(data: string | Uint8Array): number;
    /** Bytes that write() can queue now (0 when closed). */
    space(): number;
    /** True if write() can queue at least one byte. */
    canSend(): boolean;
    /** Closes gracefully (FIN after queued data); onDisconnect follows. */
    close(): void;
    /** Resets the connection (RST); onDisconnect follows. */
    abort(): void;
    /** Inside onData: do not acknowledge this segment now; acknowledge it later with ack(). Slows a fast sender down. */
    ackLater(): void;
    /** Acknowledges up to `bytes` received bytes held back with ackLater(). Returns the bytes acknowledged. */
    ack(bytes: number): number;
    /** Closes the connection when nothing is received for `seconds` (0: never). */
    setRxTimeout(seconds: number): void;
    /**
     * Calls onTimeout when sent data waits longer than `ms` for its acknowledgement (0: never). The
     * default is CONFIG_ASYNC_TCP_MAX_ACK_TIME (5000 ms unless ts-esp.json sets it).
     */
    setAckTimeout(ms: number): void;
    /** true disables Nagle's algorithm: small writes go out at once. */
    setNoDelay(noDelay: boolean): void;
    /** Enables TCP keep-alive probes every `ms` milliseconds, giving up after `count` unanswered ones. */
    setKeepAlive(ms: number, count: number): void;
    /** The peer's IP address as text ("" when not connected). */
    remoteIP(): string;
    /** The peer's port (0 when not connected). */
    remotePort(): number;
    /** This end's IP address as text ("" when not connected). */
    localIP(): string;
    /** This end's port (0 when not connected). */
    localPort(): number;
    /** True while the connection is established and not closing. */
    connected(): boolean;
}

/** A TCP server listening on a port. */
declare class AsyncServer {
    /**
     * A server for `port` on every address, or on `address` (an IPv4 address) if given. Nothing
     * listens until begin(). On the PC, `ts-esp run --forward HOST:GUEST` makes port GUEST reachable at
     * 127.0.0.1:HOST; under `--node` the server listens on 127.0.0.1 (at HOST when forwarded).
     */
    constructor(port: number, address?: string);
    /** Called with each accepted connection; install its callbacks there. */
    onClient(callback: (client: AsyncClient) => void): void;
    /** Starts listening; status() is 1 if it did. A listening server keeps the program running. */
    begin(): void;
    /** Stops listening; connections accepted but not yet handed to onClient are closed. */
    end(): void;
    /** Applies setNoDelay(noDelay) to every connection accepted from now on. */
    setNoDelay(noDelay: boolean): void;
    /** 1 while listening, else 0. */
    status(): number;
}

/** WiFi.status() before the first WiFi.begin(). */
declare const WL_IDLE_STATUS: number;
/** WiFi.status() while connected to an access point (3). */
declare const WL_CONNECTED: number;
/** WiFi.status() after WiFi.disconnect() or a lost connection (6). */
declare const WL_DISCONNECTED: number;

/**
 * The station interface, as Arduino's `WiFi`. Its events reach the sketch like every other callback:
 * on the one event loop, after the code that is running returns.
 *
 * ```ts
 * WiFi.onConnect((ip) => console.log(`online as ${ip}`));
 * WiFi.onDisconnect((reason) => console.log(`offline (reason ${reason})`));
 * WiFi.begin("my-ssid", "my-password");
 * ```
 *
 * On the PC the network (slirp, the sketch at 10.0.2.15) comes up at begin() and onConnect follows at
 * once; disconnect() takes the link down and onDisconnect follows. Under `--node` the same sequence
 * happens on the host's network (localIP() is "127.0.0.1"). A begin() or disconnect() whose event has
 * not arrived yet keeps the program running.
 */
interface WiFiInterface {
    /**
     * Connects to the access point `ssid` with `password`. Returns the status now: WL_CONNECTED on the
     * PC, usually WL_DISCONNECTED on a device (connecting goes on; onConnect tells when it is done).
     */
    begin(ssid: string, password: string): number;
    /** The connection status: WL_CONNECTED (3) when connected, WL_DISCONNECTED (6) after a disconnect, WL_IDLE_STATUS (0) before begin(). */
    status(): number;
    /** This device's IP address as text (e.g. "10.0.2.15" on the PC, "127.0.0.1" under Node); "" when not connected. */
    localIP(): string;
    /** Leaves the access point (the PC: takes the link down); onDisconnect follows if it was connected. Returns true. */
    disconnect(): boolean;
    /** Called each time the station is connected and has its IP address (`ip`, as localIP() gives it). Replaces an earlier callback. */
    onConnect(callback: (ip: string) => void): void;
    /**
     * Called each time the connection is lost or closed by disconnect(), with the station's
     * disconnect reason (ESP-IDF's wifi_err_reason_t, e.g. 8 = left on purpose, 200 = beacon timeout).
     * Open TCP connections are not closed by it. Replaces an earlier callback.
     */
    onDisconnect(callback: (reason: number) => void): void;
}

declare const WiFi: WiFiInterface;
