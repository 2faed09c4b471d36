// TCP echo server: every byte a client sends comes back. The same sketch runs on an ESP32, on the
// PC (`ts-esp run --forward 8007:7 examples/echo-server`, then `nc 127.0.0.1 8007`) and under Node
// (`ts-esp run --node --forward 8007:7 examples/echo-server`). It prints one line per connection.

const ECHO_PORT = 7;

const server = new AsyncServer(ECHO_PORT);
let served = 0;

export function setup(): void {
  WiFi.begin("your-ssid", "your-password");
  server.onClient((client: AsyncClient) => {
    served = served + 1;
    const id = served;
    console.log(`client ${id} connected`);
    client.setNoDelay(true);
    client.onData((data: Uint8Array) => {
      client.write(data);
    });
    client.onDisconnect(() => {
      console.log(`client ${id} disconnected`);
    });
  });
  server.begin();
  console.log(`echo server listening on port ${ECHO_PORT}: status ${server.status()}`);
}
