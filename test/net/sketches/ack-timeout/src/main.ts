// The ack timeout (test/net/ack-timeout.test.ts): the sketch streams to a server on the PC that never
// reads, writing whatever space() allows, with setAckTimeout(1000). Once the peer's buffers are full
// the last bytes written are not acknowledged within the second and onTimeout reports how long they
// have waited; the sketch then gives up with abort().

const PC = "10.0.2.2";
const PORT = 47815;
const CHUNK = "0123456789abcdef".repeat(64); // 1 KiB

export function setup(): void {
  WiFi.begin("lab", "secret");
  const client = new AsyncClient();
  let written = 0;
  let timeouts = 0;
  const pump = (): void => {
    while (client.space() > 0) written = written + client.write(CHUNK.slice(0, Math.min(CHUNK.length, client.space())));
  };
  client.onConnect(() => {
    client.setAckTimeout(1000);
    pump();
  });
  client.onAck(() => pump());
  client.onTimeout((ms: number) => {
    timeouts = timeouts + 1;
    if (timeouts > 1) return;
    console.log(`ack timeout: waited 1000..4999 ms ${ms >= 1000 && ms < 5000}, wrote more than 64 KiB ${written > 65536}`);
    client.abort();
  });
  client.onDisconnect(() => {
    console.log(`gave up after ${timeouts} timeout`);
  });
  console.log(`connecting: ${client.connect(PC, PORT)}`);
}
