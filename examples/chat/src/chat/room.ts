// The chat room: who is here under which nickname, and what each line means.
//   first line             the nickname (1-16 letters, digits, "_" or "-", not taken)
//   /who                   who is online
//   /nick NEW              change nickname
//   /quit                  leave
//   anything else          "<nick> text" to everyone else
// Joins, renames and departures are announced to the others as "* ..." lines. A client that
// vanishes (reset, half-close, timeout) leaves the same way as one that quits; a line it had not
// finished is never delivered.

import { Peer } from "./peer";

const MAX_NICKNAME = 16;
const NICK_SYMBOLS = "_-";

function validNickname(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NICKNAME) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    const ok = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || NICK_SYMBOLS.includes(c);
    if (!ok) return false;
  }
  return true;
}

export class Room {
  /** Everyone with a nickname, in the order they joined. */
  private readonly members: Peer[] = [];

  /** Takes a new connection: asks for a nickname, then serves its lines until it leaves. */
  admit(peer: Peer): void {
    peer.listen(
      (line: string) => this.hear(peer, line),
      () => peer.send("* line too long, dropped\n"),
      () => this.leave(peer),
    );
    peer.send("* welcome to ts-esp chat: your nickname?\n");
  }

  /** Nicknames online, in join order. */
  online(): string[] {
    return this.members.map((member: Peer) => member.nickname);
  }

  private hear(peer: Peer, line: string): void {
    if (peer.nickname.length === 0) {
      this.join(peer, line.trim());
    } else if (line === "/who") {
      peer.send(`* online: ${this.online().join(", ")}\n`);
    } else if (line === "/quit") {
      peer.send("* bye\n");
      peer.close();
    } else if (line.startsWith("/nick ")) {
      this.rename(peer, line.slice(6).trim());
    } else if (line.startsWith("/")) {
      peer.send("* commands: /who, /nick NEW, /quit\n");
    } else if (line.length > 0) {
      this.broadcast(peer, `<${peer.nickname}> ${line}\n`);
    }
  }

  private join(peer: Peer, name: string): void {
    if (!this.available(peer, name)) return;
    peer.nickname = name;
    this.members.push(peer);
    peer.send(`* hello ${name}, online: ${this.online().join(", ")}\n`);
    this.broadcast(peer, `* ${name} joined\n`);
    console.log(`${name} joined (${this.members.length} online)`);
  }

  private rename(peer: Peer, name: string): void {
    if (name === peer.nickname || !this.available(peer, name)) return;
    const old = peer.nickname;
    peer.nickname = name;
    peer.send(`* you are now ${name}\n`);
    this.broadcast(peer, `* ${old} is now ${name}\n`);
  }

  /** True if `name` is a free, valid nickname; otherwise tells the peer why not. */
  private available(peer: Peer, name: string): boolean {
    if (!validNickname(name)) {
      peer.send(`* a nickname is 1-${MAX_NICKNAME} letters, digits, _ or -: try again\n`);
      return false;
    }
    if (this.online().includes(name)) {
      peer.send(`* ${name} is taken: try another\n`);
      return false;
    }
    return true;
  }

  private leave(peer: Peer): void {
    const at = this.members.indexOf(peer);
    if (at < 0) return; // never chose a nickname
    this.members.splice(at, 1);
    this.broadcast(peer, `* ${peer.nickname} left\n`);
    console.log(`${peer.nickname} left (${this.members.length} online)`);
  }

  /** Sends `text` to every member but `from`. */
  private broadcast(from: Peer, text: string): void {
    for (const member of this.members) {
      if (member !== from) member.send(text);
    }
  }
}
