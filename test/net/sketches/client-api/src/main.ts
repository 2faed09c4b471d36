// AsyncClient API parity (test/net/client-api.test.ts): getters, write/canSend, onAck, onPoll and the
// rx timeout against a server that reads and never answers; the connection ends by the timeout.
const PORT = 47808;

export function setup(): void {
  WiFi.begin("test-ssid", "test-password");
  const client = new AsyncClient();
  let polls = 0;
  let acked = 0;
  let data = 0;
  client.onConnect(() => {
    console.log(`remotePort ${client.remotePort()}, localPort set ${client.localPort() > 0}, remoteIP set ${client.remoteIP().length > 0}`);
    client.setNoDelay(true);
    client.setRxTimeout(2);
    console.log(`connect again while open: ${client.connect("10.0.2.2", PORT)}`);
    console.log(`wrote ${client.write("0123456789")}, write empty ${client.write("")}, canSend ${client.canSend()}`);
  });
  client.onAck((length: number, ms: number) => {
    acked = acked + length;
    if (ms < 0) console.log("negative ack time");
  });
  client.onPoll(() => {
    polls = polls + 1;
  });
  client.onData((bytes: Uint8Array) => {
    data = data + bytes.length;
  });
  client.onDisconnect(() => {
    console.log(`disconnected: acked ${acked}, polled ${polls > 0}, data ${data}, connected ${client.connected()}, remotePort ${client.remotePort()}`);
  });
  console.log(`bad port: ${new AsyncClient().connect("10.0.2.2", 0)}`);
  console.log(`connecting: ${client.connect("10.0.2.2", PORT)}`);
}
