// TCP client: connects to a server on the PC, sends one line, prints the reply and closes. It prints
// the error and the disconnect when the server refuses the connection.
// The PC is 10.0.2.2 as the firmware sees it through ts-esp's PC network (slirp); `run --node` maps
// 10.0.2.2 to 127.0.0.1, so the same sketch reaches the same server both ways. On an ESP32, put the
// server's LAN address here.

const SERVER_HOST = "10.0.2.2";
const SERVER_PORT = 47807;

/** The server's reply as text (it answers in ASCII). */
function ascii(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

export function setup(): void {
  WiFi.begin("your-ssid", "your-password");
  const client = new AsyncClient();
  client.onConnect(() => {
    console.log(`connected: ${client.connected()}`);
    client.write("ping from ts-esp\n");
  });
  client.onData((data: Uint8Array) => {
    console.log(`reply: ${ascii(data).trim()}`);
    client.close();
    console.log(`after close: connected ${client.connected()}, write ${client.write("late")}, space ${client.space()}`);
  });
  client.onError((code: number, message: string) => {
    console.log(`error ${code}: ${message}`);
  });
  client.onDisconnect(() => {
    console.log("disconnected");
  });
  console.log(`connecting: ${client.connect(SERVER_HOST, SERVER_PORT)}`);
}
