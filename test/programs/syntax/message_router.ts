// An MQTT-style message router: each message's id is split off with an object rest element (the
// rest is a Body, the interface with exactly those properties), bodies are patched with object
// spread, retried messages are swapped into place with destructuring assignments, and the log line
// is assembled with spread into console.log.

interface Message {
  id: number;
  topic: string;
  payload: string;
  qos: number;
}

interface Body {
  topic: string;
  payload: string;
  qos: number;
}

interface Route {
  prefix: string;
  handler: (body: Body) => string;
}

const routes: Route[] = [
  { prefix: "sensors/", handler: (b) => `store ${b.payload} (${b.topic.slice(8)})` },
  { prefix: "cmd/", handler: (b) => (b.qos > 0 ? `ack+run ${b.payload}` : `run ${b.payload}`) },
];

function dispatch(msg: Message): string {
  const { id, ...body } = msg;
  for (const { prefix, handler } of routes) {
    if (body.topic.startsWith(prefix)) return `#${id} ${handler(body)}`;
  }
  return `#${id} dropped ${body.topic}`;
}

function upgrade(body: Body): Body {
  return { ...body, qos: Math.max(body.qos, 1) };
}

const inbox: Message[] = [
  { id: 1, topic: "sensors/temp", payload: "21.5", qos: 0 },
  { id: 2, topic: "cmd/led", payload: "on", qos: 1 },
  { id: 3, topic: "status", payload: "alive", qos: 0 },
  { id: 4, topic: "cmd/reboot", payload: "now", qos: 0 },
];

for (const msg of inbox) console.log(dispatch(msg));

// the rest is a new object: changing it leaves the message alone
const { id: firstId, ...firstBody } = inbox[0];
firstBody.payload = "22.0";
console.log("rest copy:", firstId, firstBody.payload, inbox[0].payload);

const upgraded = upgrade(firstBody);
console.log("upgraded qos", upgraded.qos, "original", firstBody.qos, upgraded.topic === firstBody.topic);

// retry queue: the failed message moves to the front
let [front, back] = [inbox[0], inbox[3]];
[front, back] = [back, front];
console.log("retry order:", front.id, back.id);

const fields = ["id", "topic", "qos"];
const values = [front.id, front.qos];
console.log(...fields, "->", ...values, front.topic);
console.log("max qos", Math.max(...inbox.map((m) => m.qos)), "min id", Math.min(...inbox.map((m) => m.id)));
