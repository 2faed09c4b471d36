// The station's life cycle as a sketch sees it: begin() brings the network up and onConnect follows;
// disconnect() takes it down and onDisconnect follows; begin() again reconnects, and then the sketch
// talks to a server on the PC (10.0.2.2:47812, which the test runs) and ends when that connection does.

const PC = "10.0.2.2";
const PC_PORT = 47812;
let connects = 0;

/** ASCII bytes as text. */
function ascii(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function talkToPc(): void {
  const client = new AsyncClient();
  client.onConnect(() => {
    client.write("hello over wifi\n");
  });
  client.onData((data: Uint8Array) => {
    console.log(`reply: ${ascii(data).trim()}`);
    client.close();
  });
  client.onDisconnect(() => {
    console.log("connection closed");
  });
  client.connect(PC, PC_PORT);
}

export function setup(): void {
  WiFi.onConnect((ip: string) => {
    connects = connects + 1;
    console.log(`connected #${connects}: status ${WiFi.status()}, address given ${ip !== "" && ip === WiFi.localIP()}`);
    if (connects === 1) {
      console.log(`disconnect: ${WiFi.disconnect()}`);
      console.log(`right after disconnect(): status ${WiFi.status() === WL_DISCONNECTED}`);
    } else {
      talkToPc();
    }
  });
  WiFi.onDisconnect((reason: number) => {
    console.log(`disconnected: reason ${reason}, status ${WiFi.status()}, localIP "${WiFi.localIP()}"`);
    console.log(`disconnect again: ${WiFi.disconnect()}`);
    setTimeout(() => {
      console.log(`begin again: ${WiFi.begin("lab", "secret") === WL_CONNECTED}`);
    }, 50);
  });
  console.log(`before begin: status ${WiFi.status() === WL_IDLE_STATUS}, localIP "${WiFi.localIP()}"`);
  console.log(`begin: ${WiFi.begin("lab", "secret")}`);
  console.log(`begin while connected: ${WiFi.begin("lab", "secret")}`);
}
