// examples/chat with 10 real clients on 127.0.0.1: nicknames (invalid and taken ones refused), every
// line broadcast to all the others, lines split across segments, an overlong line dropped, /who,
// /nick, /quit; clients that reset mid-line, half-close after a line, or close mid-line leave with a
// notice and their unfinished line is never delivered; afterwards a newcomer finds only the living.
// Every client's transcript and the server's log are the same natively, under --node and natively
// under ThreadSanitizer (which reports no race).
import { MODES, RawClient, startExample, sanitizerReport, THREAD_SANITIZER } from "./http-support";

const WELCOME = "* welcome to ts-esp chat: your nickname?\n";

async function join(port: number, nickname: string): Promise<RawClient> {
  const client = new RawClient(port);
  await client.sees(WELCOME);
  await client.send(`${nickname}\n`);
  await client.sees(`* hello ${nickname}, online: `);
  return client;
}

/** Waits until every client in `to` has received `line`. */
async function allSee(to: RawClient[], line: string): Promise<void> {
  await Promise.all(to.map((c) => c.sees(line)));
}

const runs = new Map<string, { transcripts: string[]; log: string }>();

describe.each([...MODES, THREAD_SANITIZER])("examples/chat %s", (mode, args) => {
  test("broadcast among 10 clients; resets, half-closes and closes mid-line", async () => {
    const server = await startExample("chat", 23, args);
    const everyone: RawClient[] = [];
    try {
      // Nicknames: a bad one and a taken one are refused, the client may try again.
      const first = new RawClient(server.port);
      everyone.push(first);
      await first.sees(WELCOME);
      await first.send("bad nick!\n");
      await first.sees("* a nickname is 1-16 letters, digits, _ or -: try again\n");
      await first.send("user0\n");
      await first.sees("* hello user0, online: user0\n");
      for (let i = 1; i < 10; i++) {
        const client = await join(server.port, `user${i}`);
        await allSee(everyone, `* user${i} joined\n`);
        everyone.push(client);
      }
      const taken = new RawClient(server.port);
      await taken.sees(WELCOME);
      await taken.send("user3\n");
      await taken.sees("* user3 is taken: try another\n");
      taken.destroy();

      // Each line reaches the 9 others, not its sender.
      for (let i = 0; i < 10; i++) {
        await everyone[i].send(`message ${i} from user${i}\n`);
        await allSee(everyone.filter((_, j) => j !== i), `<user${i}> message ${i} from user${i}\n`);
      }
      // A line in pieces, CRLF-terminated.
      await everyone[3].send("hel");
      await new Promise((r) => setTimeout(r, 50));
      await everyone[3].send("lo there\r\n");
      await allSee(everyone.filter((_, j) => j !== 3), "<user3> hello there\n");

      // Vanishing mid-line: a reset, a half-close after a full line, a plain close.
      await everyone[4].send("half a mess");
      await new Promise((r) => setTimeout(r, 100));
      everyone[4].socket.resetAndDestroy();
      await allSee([everyone[0]], "* user4 left\n");
      await everyone[5].send("bye all\n");
      everyone[5].socket.end();
      await allSee([everyone[0]], "* user5 left\n");
      await everyone[6].send("never finish");
      await new Promise((r) => setTimeout(r, 100));
      everyone[6].socket.destroy();
      await allSee([everyone[0]], "* user6 left\n");
      const alive = [0, 1, 2, 3, 7, 8, 9].map((i) => everyone[i]);
      await allSee(alive.filter((c) => c !== everyone[0]), "* user6 left\n");

      // An overlong line is dropped with a notice to its sender only.
      await everyone[7].send(`${"z".repeat(600)}\nshort one\n`);
      await everyone[7].sees("* line too long, dropped\n");
      await allSee(alive.filter((c) => c !== everyone[7]), "<user7> short one\n");

      // Commands.
      await everyone[0].send("/who\n");
      await everyone[0].sees("* online: user0, user1, user2, user3, user7, user8, user9\n");
      await everyone[8].send("/nick eight\n");
      await everyone[8].sees("* you are now eight\n");
      await allSee(alive.filter((c) => c !== everyone[8]), "* user8 is now eight\n");
      await everyone[9].send("/quit\n");
      await everyone[9].sees("* bye\n");
      await everyone[9].closed();
      await allSee([everyone[0]], "* user9 left\n");

      // A freed nickname can be taken again; then everyone goes and a newcomer is alone.
      const again = await join(server.port, "user4");
      await allSee(alive.filter((c) => c !== everyone[9]), "* user4 joined\n");
      everyone.push(again);
      const log = await server.cli.waitFor("stdout", /^[^]*user4 joined \(7 online\)\n/);
      const transcripts = everyone.map((c) => c.text());
      for (const client of everyone) client.destroy();
      await server.cli.waitFor("stdout", /left \(0 online\)/, 10_000);
      const solo = await join(server.port, "solo");
      await solo.send("/who\n");
      await solo.sees("* online: solo\n");
      solo.destroy();

      for (const line of ["half a mess", "never finish", "zzzz"]) {
        for (const client of everyone) expect(client.text()).not.toContain(line);
      }
      expect(everyone[0].text()).toContain("<user5> bye all\n");
      expect(await sanitizerReport(server)).toBe("");
      runs.set(mode, { transcripts, log: log[0] });
    } finally {
      for (const client of everyone) client.destroy();
      server.stop();
    }
  });
});

test("native, --node and ThreadSanitizer runs: the same transcripts and the same server log", () => {
  expect(runs.get("natively")).toBeDefined();
  expect(runs.get("natively")).toEqual(runs.get("under --node"));
  expect(runs.get("natively")).toEqual(runs.get("under ThreadSanitizer"));
});
