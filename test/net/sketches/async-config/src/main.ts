// A sketch whose ts-esp.json tunes the AsyncTCP task (stack, priority, core, queue, ack time,
// watchdog). It opens one connection to a PC port where nothing listens, so the async_tcp task
// starts, reports the refusal and the program ends.

const PC = "10.0.2.2";
const CLOSED_PORT = 47811;

export function setup(): void {
  WiFi.begin("lab", "secret");
  const probe = new AsyncClient();
  probe.onError((code: number, message: string) => {
    console.log(`refused: ${code} ${message}`);
  });
  probe.onDisconnect(() => {
    console.log("probe done");
  });
  console.log(`probing: ${probe.connect(PC, CLOSED_PORT)}`);
}
