// Backpressure (test/net/stream-out.test.ts): each client gets TOTAL bytes ("abc...z" repeated),
// written only as far as space() allows and continued from onAck, then the connection is closed.
const TOTAL = 200000;
const server = new AsyncServer(7);
let block = "";
for (let i = 0; i < 230; i++) block += "abcdefghijklmnopqrstuvwxyz";

export function setup(): void {
  WiFi.begin("test-ssid", "test-password");
  server.onClient((client: AsyncClient) => {
    let sent = 0;
    let writes = 0;
    const pump = (): void => {
      while (sent < TOTAL && client.canSend()) {
        const n = Math.min(client.space(), TOTAL - sent, block.length - 26);
        const start = sent % 26;
        const wrote = client.write(block.slice(start, start + n));
        if (wrote === 0) break;
        if (wrote > n) console.log("wrote more than space()");
        sent += wrote;
        writes += 1;
      }
      if (sent >= TOTAL) client.close();
    };
    client.onAck(() => pump());
    client.onDisconnect(() => {
      console.log(`sent ${sent} in more than one write: ${writes > 1}`);
    });
    pump();
  });
  server.begin();
  console.log("streaming server up");
}
