// AsyncServer life cycle (test/net/server-end.test.ts): the listening server keeps the program alive;
// the first client gets one reply and is closed from this side; then end() lets the program exit 0.
const server = new AsyncServer(7);

export function setup(): void {
  WiFi.begin("test-ssid", "test-password");
  server.onClient((client: AsyncClient) => {
    console.log(`client while listening: status ${server.status()}`);
    client.onData((data: Uint8Array) => {
      client.write("bye ");
      client.write(data);
      client.close();
      console.log(`after close: write ${client.write("x")}, connected ${client.connected()}, ack ${client.ack(1)}`);
    });
    client.onDisconnect(() => {
      server.end();
      console.log(`server ended: status ${server.status()}`);
    });
  });
  console.log(`before begin: status ${server.status()}`);
  server.begin();
  console.log(`listening: status ${server.status()}`);
}
