// A line-based TCP chat room on ts-esp's AsyncServer: nicknames, messages to everyone else, join and
// leave notices; clients that reset or half-close mid-message leave cleanly. On the PC:
// `npx ts-esp run examples/chat`, then `nc 127.0.0.1 <port>` from several terminals, with the port it
// prints. The protocol is described in chat/room.ts.

import { Peer } from "./chat/peer";
import { Room } from "./chat/room";

const CHAT_PORT = 23;

const server = new AsyncServer(CHAT_PORT);
const room = new Room();

export function setup(): void {
  WiFi.begin("your-ssid", "your-password");
  server.onClient((client: AsyncClient) => {
    room.admit(new Peer(client));
  });
  server.begin();
  console.log(`chat server listening on port ${CHAT_PORT}: status ${server.status()}`);
}
