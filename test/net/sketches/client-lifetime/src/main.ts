// Client lifetimes (test/net/client-lifetime.test.ts). The test's server on the PC sends "tick" lines
// to every connection until it is closed. One client here has no callbacks and is only held in an
// array; another closes itself on its first data and then checks that every method is harmless and
// no callback runs any more. When that one is gone, the silent client is dropped, which closes its
// connection (natively; under Node it stays open until the program ends); a last client then asks the
// server to note which connections are still open, and nothing is left to keep the program running.

const PC = "10.0.2.2";
const PORT = 47814;
const held: AsyncClient[] = [];

function ascii(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function askServerForStatus(): void {
  const reporter = new AsyncClient();
  let reply = "";
  reporter.onConnect(() => {
    reporter.write("status?\n");
  });
  reporter.onData((data: Uint8Array) => {
    reply += ascii(data);
    if (!reply.includes("noted")) return;
    console.log("server noted the status request");
    reporter.close();
  });
  reporter.onDisconnect(() => {
    console.log("reporter done");
  });
  reporter.connect(PC, PORT);
}

function holdSilentClient(): void {
  const silent = new AsyncClient();
  console.log(`silent client connecting: ${silent.connect(PC, PORT)}`);
  held.push(silent);
}

function describeClosed(client: AsyncClient): string {
  const bytes = new Uint8Array([1, 2, 3]);
  return (
    `connected ${client.connected()}, write ${client.write("x")}, write bytes ${client.write(bytes)}, ` +
    `space ${client.space()}, canSend ${client.canSend()}, ack ${client.ack(10)}, ` +
    `remote "${client.remoteIP()}":${client.remotePort()}, local "${client.localIP()}":${client.localPort()}`
  );
}

function closeOnFirstData(): void {
  const client = new AsyncClient();
  let closed = false;
  let lateCallbacks = 0;
  let disconnects = 0;
  client.onConnect(() => {
    console.log(`talker connected: ${client.connected()}`);
  });
  client.onData((data: Uint8Array) => {
    if (closed) {
      lateCallbacks = lateCallbacks + 1;
      return;
    }
    closed = true;
    console.log(`first data: ${data.length > 0}`);
    client.close();
    console.log(`after close(): ${describeClosed(client)}`);
    client.close();
    client.abort();
    client.ackLater();
    client.setNoDelay(true);
    client.setRxTimeout(1);
    client.setAckTimeout(1);
    client.setKeepAlive(1000, 3);
    console.log("close, abort and setters again: no effect");
  });
  client.onPoll(() => {
    if (closed) lateCallbacks = lateCallbacks + 1;
  });
  client.onAck(() => {
    if (closed) lateCallbacks = lateCallbacks + 1;
  });
  client.onError(() => {
    if (closed) lateCallbacks = lateCallbacks + 1;
  });
  client.onDisconnect(() => {
    disconnects = disconnects + 1;
    console.log(`talker disconnected (${disconnects}): callbacks after close ${lateCallbacks}`);
    console.log(`after the disconnect: ${describeClosed(client)}`);
    setTimeout(() => {
      console.log(`later: disconnects ${disconnects}, callbacks after close ${lateCallbacks}`);
      held.pop();
      console.log(`silent client dropped: ${held.length} held`);
      setTimeout(askServerForStatus, 300);
    }, 300);
  });
  console.log(`talker connecting: ${client.connect(PC, PORT)}`);
}

export function setup(): void {
  WiFi.begin("lab", "secret");
  holdSilentClient();
  closeOnFirstData();
}
