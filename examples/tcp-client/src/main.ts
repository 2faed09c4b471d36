// TCP client: connects to a server on the PC, sends one line, prints the reply and closes. It prints
// the error and the disconnect when the server refuses the connection, and gives up (the rx timeout
// closes the connection) when the server accepts but does not answer within REPLY_TIMEOUT_S.
// The PC is 10.0.2.2 as the firmware sees it through ts-esp's PC network (slirp); `run --node` maps
// 10.0.2.2 to 127.0.0.1, so the same sketch reaches the same server both ways. On an ESP32, put the
// server's LAN address here.

const SERVER_HOST = "10.0.2.2";
const SERVER_PORT = 47807;

const REPLY_TIMEOUT_S = 2;

const utf8 = new TextDecoder();
let connected = false;
let replied = false;

export function setup(): void {
  WiFi.begin("your-ssid", "your-password");
  const client = new AsyncClient();
  client.onConnect(() => {
    connected = client.connected();
    console.log(`connected: ${connected}`);
    client.setRxTimeout(REPLY_TIMEOUT_S);
    client.write("ping from ts-esp\n");
  });
  client.onData((data: Uint8Array) => {
    replied = true;
    console.log(`reply: ${utf8.decode(data).trim()}`);
    client.close();
    console.log(`after close: connected ${client.connected()}, write ${client.write("late")}, space ${client.space()}`);
  });
  client.onError((code: number, message: string) => {
    console.log(`error ${code}: ${message}`);
  });
  client.onDisconnect(() => {
    console.log(connected && !replied ? `disconnected: no reply within ${REPLY_TIMEOUT_S} s` : "disconnected");
  });
  console.log(`connecting: ${client.connect(SERVER_HOST, SERVER_PORT)}`);
}
