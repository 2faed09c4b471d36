// AsyncServer and AsyncClient (compiler/lib/net.d.ts) for `ts-esp run --node`, over node:net,
// with the native semantics (runtime-cpp/src/tsesp_net/net.h): callbacks run on the one JS thread;
// after close()/abort() or the disconnect methods return 0/false/"" and only onDisconnect still runs,
// exactly once; received bytes reach onData as a plain Uint8Array (not a Buffer, which prints
// differently), write() takes a string (UTF-8) or a Uint8Array.
// Host mapping: a server listens on 127.0.0.1 only, at the HOST port `--forward HOST:GUEST` gives its
// port ($TSESP_FORWARD), else at its own port (>= 1024) or a free one, and prints the native port's
// "tsesp: forwarding 127.0.0.1:H -> guest port G" line; a client connecting to 10.0.2.2 (the PC as
// slirp shows it to the firmware) reaches 127.0.0.1.
// Deviations: ackLater()/ack() pause and resume the socket; "acknowledged" (onAck, the ack timeout
// behind onTimeout) means handed to the kernel, not acked by the peer; space() is the socket's free
// writable buffer; a client without callbacks that the sketch drops
// stays open until the program ends (its socket is unref'd, so it does not keep the program running;
// natively it is closed when dropped).
import * as net from "node:net";

/** lwIP error codes as AsyncTCP reports them, and their texts (async_tcp/strings.cpp). */
const ERR_TIMEOUT = -3;
const ERR_RST = -14;
const ERR_DNS = -55;
const ERROR_TEXT: Record<number, string> = { [ERR_TIMEOUT]: "Timeout", [ERR_RST]: "Connection reset", [ERR_DNS]: "DNS failed" };
/** The PC's loopback as the firmware sees it through slirp. */
const SLIRP_HOST = "10.0.2.2";
const POLL_MS = 500;
/** CONFIG_ASYNC_TCP_MAX_ACK_TIME: the sketch's ts-esp.json value (run.ts passes it), else AsyncTCP's 5000 ms. */
function defaultAckTimeout(): number {
  const raw = process.env.TSESP_ASYNC_TCP_MAX_ACK_TIME;
  const configured = raw ? Number(raw) : NaN;
  return Number.isInteger(configured) && configured >= 0 ? configured : 5000;
}
const SEND_BUFFER = 5744; // lwIP's TCP_SND_BUF on the PC port: what space() starts at

function lwipErrorOf(error: NodeJS.ErrnoException): number {
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return ERR_DNS;
  if (error.code === "ETIMEDOUT") return ERR_TIMEOUT;
  return ERR_RST;
}

function plainAddress(address: string | undefined): string {
  if (!address) return "";
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

type Callback<A extends unknown[]> = ((...args: A) => void) | undefined;

export class AsyncClient {
  private socket: net.Socket | undefined;
  private open = false;
  private closing = false;
  private inData = false;
  private deferred = false;
  private poll: NodeJS.Timeout | undefined;
  private ackTimeout = defaultAckTimeout();
  private txLast = 0; // Date.now() of the last write, 0 before any
  private unacked = 0; // writes whose bytes have not reached the kernel yet (Node's "acknowledged")
  private connectCb: Callback<[]>;
  private dataCb: Callback<[Uint8Array]>;
  private disconnectCb: Callback<[]>;
  private errorCb: Callback<[number, string]>;
  private ackCb: Callback<[number, number]>;
  private timeoutCb: Callback<[number]>;
  private pollCb: Callback<[]>;

  /** @internal wraps an accepted socket (AsyncServer). */
  static accepted(socket: net.Socket): AsyncClient {
    const client = new AsyncClient();
    client.attach(socket);
    client.open = true;
    client.startPolling();
    return client;
  }

  connect(host: string, port: number): boolean {
    if (this.open || !(port >= 1 && port <= 65535)) return false;
    const target = host === SLIRP_HOST ? "127.0.0.1" : host;
    const socket = net.connect({ host: target, port: Math.floor(port) });
    this.attach(socket);
    this.open = true;
    this.closing = false;
    socket.once("connect", () => {
      this.startPolling();
      if (this.live()) this.connectCb?.();
    });
    return true;
  }

  onConnect(cb: () => void): void { this.connectCb = cb; this.syncKeepAlive(); }
  onData(cb: (data: Uint8Array) => void): void { this.dataCb = cb; this.syncKeepAlive(); }
  onDisconnect(cb: () => void): void { this.disconnectCb = cb; this.syncKeepAlive(); }
  onError(cb: (code: number, message: string) => void): void { this.errorCb = cb; this.syncKeepAlive(); }
  onAck(cb: (length: number, ms: number) => void): void { this.ackCb = cb; this.syncKeepAlive(); }
  onTimeout(cb: (ms: number) => void): void { this.timeoutCb = cb; this.syncKeepAlive(); }
  onPoll(cb: () => void): void { this.pollCb = cb; this.syncKeepAlive(); }

  write(data: string | Uint8Array): number {
    const socket = this.socket;
    if (!this.live() || !socket || socket.connecting) return 0;
    const bytes = data instanceof Uint8Array ? Buffer.from(data) : Buffer.from(String(data), "utf8"); // a copy: later changes to data are not sent
    if (bytes.length === 0) return 0;
    const sent = Date.now();
    this.txLast = sent;
    this.unacked++;
    socket.write(bytes, () => {
      this.unacked--;
      if (this.live()) this.ackCb?.(bytes.length, Date.now() - sent);
    });
    return bytes.length;
  }

  space(): number {
    const socket = this.socket;
    if (!this.live() || !socket || socket.connecting) return 0;
    return Math.max(0, SEND_BUFFER - socket.writableLength);
  }

  canSend(): boolean { return this.space() > 0; }

  close(): void {
    if (!this.live()) return;
    this.closing = true;
    this.socket?.end();
  }

  abort(): void {
    if (!this.live()) return;
    this.closing = true;
    this.socket?.resetAndDestroy();
  }

  ackLater(): void {
    if (this.inData) this.deferred = true;
  }

  ack(bytes: number): number {
    if (!this.live() || !(bytes > 0) || !this.socket) return 0;
    this.socket.resume();
    return Math.floor(bytes);
  }

  setRxTimeout(seconds: number): void {
    if (this.live() && seconds >= 0) this.socket?.setTimeout(seconds * 1000);
  }
  setAckTimeout(ms: number): void {
    if (this.live() && ms >= 0) this.ackTimeout = Math.floor(ms);
  }
  setNoDelay(noDelay: boolean): void {
    if (this.live()) this.socket?.setNoDelay(Boolean(noDelay));
  }
  setKeepAlive(ms: number, _count: number): void {
    if (this.live()) this.socket?.setKeepAlive(ms > 0, ms);
  }
  remoteIP(): string { return this.connected() ? plainAddress(this.socket?.remoteAddress) : ""; }
  remotePort(): number { return this.connected() ? (this.socket?.remotePort ?? 0) : 0; }
  localIP(): string { return this.connected() ? plainAddress(this.socket?.localAddress) : ""; }
  localPort(): number { return this.connected() ? (this.socket?.localPort ?? 0) : 0; }
  connected(): boolean { return this.live() && this.socket !== undefined && !this.socket.connecting && !this.socket.destroyed; }

  private live(): boolean { return this.open && !this.closing; }

  /** As natively: only a connection with a callback keeps the program running (an unref'd socket does not). */
  private syncKeepAlive(): void {
    const any = this.connectCb ?? this.dataCb ?? this.disconnectCb ?? this.errorCb ?? this.ackCb ?? this.timeoutCb ?? this.pollCb;
    if (any) this.socket?.ref();
    else this.socket?.unref();
  }

  private attach(socket: net.Socket): void {
    this.socket = socket;
    this.syncKeepAlive();
    socket.on("data", (chunk: Buffer) => this.received(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!this.live()) return;
      const code = lwipErrorOf(error);
      this.errorCb?.(code, ERROR_TEXT[code]);
    });
    socket.on("timeout", () => socket.destroy()); // rx timeout: closes, onDisconnect only
    socket.on("end", () => socket.end()); // peer FIN: finish sending, then close
    socket.once("close", () => this.disconnected());
  }

  private received(chunk: Buffer): void {
    if (!this.live() || !this.dataCb) return;
    this.inData = true;
    this.deferred = false;
    try {
      this.dataCb(new Uint8Array(chunk)); // a copy in a plain Uint8Array
    } finally {
      this.inData = false;
    }
    if (this.deferred && this.live()) this.socket?.pause();
    this.deferred = false;
  }

  private startPolling(): void {
    if (this.poll) return;
    this.poll = setInterval(() => this.polled(), POLL_MS);
    this.poll.unref(); // the socket decides whether the program keeps running
  }

  /** Each poll tick, as AsyncTCP: onTimeout instead of onPoll while written bytes wait longer than the ack timeout. */
  private polled(): void {
    if (!this.live()) return;
    const now = Date.now();
    if (this.ackTimeout > 0 && this.unacked > 0 && now - this.txLast >= this.ackTimeout) {
      this.timeoutCb?.(now - this.txLast);
      return;
    }
    this.pollCb?.();
  }

  private disconnected(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = undefined;
    const wasOpen = this.open;
    const last = this.disconnectCb;
    this.open = false;
    this.closing = false;
    this.socket = undefined;
    this.connectCb = this.dataCb = this.disconnectCb = this.pollCb = undefined;
    this.errorCb = undefined;
    this.ackCb = undefined;
    this.timeoutCb = undefined;
    if (wasOpen) last?.();
  }
}

/** HOST for a guest port from $TSESP_FORWARD ("HOST:GUEST,..."), else undefined. */
function forwardedHostPort(guestPort: number): number | undefined {
  for (const pair of (process.env.TSESP_FORWARD ?? "").split(",")) {
    const [host, guest] = pair.split(":").map((p) => Number(p));
    if (guest === guestPort && Number.isInteger(host)) return host;
  }
  return undefined;
}

export class AsyncServer {
  private readonly server: net.Server;
  private listening = false;
  private clientCb: ((client: AsyncClient) => void) | undefined;
  private noDelay = false;

  constructor(private readonly port: number, _address?: string) {
    this.server = net.createServer((socket) => {
      if (!this.listening) return void socket.destroy();
      if (this.noDelay) socket.setNoDelay(true);
      const client = AsyncClient.accepted(socket);
      this.clientCb?.(client);
    });
    this.server.on("error", (error: NodeJS.ErrnoException) => {
      this.listening = false;
      process.stderr.write(`E async_tcp begin(): cannot listen on port ${this.port}: ${error.code ?? error.message}\n`);
    });
  }

  onClient(cb: (client: AsyncClient) => void): void { this.clientCb = cb; }

  begin(): void {
    if (this.listening) return;
    const guest = Math.floor(this.port);
    const host = forwardedHostPort(guest) ?? (guest >= 1024 ? guest : 0);
    this.listening = true;
    this.server.listen({ host: "127.0.0.1", port: host }, () => {
      const address = this.server.address() as net.AddressInfo;
      process.stderr.write(`tsesp: forwarding 127.0.0.1:${address.port} -> guest port ${guest}\n`);
    });
  }

  end(): void {
    if (!this.listening) return;
    this.listening = false;
    this.server.close();
  }

  setNoDelay(noDelay: boolean): void { this.noDelay = Boolean(noDelay); }
  status(): number { return this.listening ? 1 : 0; }
}
