// A typed event emitter: listeners per event name (a string enum), each bus carrying one payload
// type. Used for button presses (objects) and connectivity changes (strings).
enum Topic {
  Button = "button",
  Network = "network",
  Tick = "tick",
}

interface Press {
  pin: number;
  longPress: boolean;
}

type Listener<T> = (payload: T) => void;

class Emitter<T> {
  private listeners = new Map<Topic, Listener<T>[]>();
  private fired = 0;

  on(topic: Topic, listener: Listener<T>): void {
    const list = this.listeners.get(topic);
    if (list === undefined) this.listeners.set(topic, [listener]);
    else list.push(listener);
  }

  emit(topic: Topic, payload: T): number {
    const list: Listener<T>[] = this.listeners.get(topic) ?? [];
    for (const l of list) l(payload);
    this.fired += list.length;
    return list.length;
  }

  get deliveries(): number {
    return this.fired;
  }

  topics(): Topic[] {
    const out: Topic[] = [];
    this.listeners.forEach((_list, topic) => out.push(topic));
    return out;
  }
}

function once<T>(emitter: Emitter<T>, topic: Topic, listener: Listener<T>): void {
  let done = false;
  emitter.on(topic, (payload) => {
    if (done) return;
    done = true;
    listener(payload);
  });
}

const buttons = new Emitter<Press>();
const presses: number[] = [];
buttons.on(Topic.Button, (p) => presses.push(p.pin));
buttons.on(Topic.Button, (p) => {
  if (p.longPress) console.log(`long press on GPIO${p.pin}`);
});
once(buttons, Topic.Button, (p) => console.log("first press:", p));

const net = new Emitter<string>();
let status = "down";
net.on(Topic.Network, (s) => (status = s));
once(net, Topic.Network, (s) => console.log("network came", s));

for (const [pin, ms] of [[0, 80], [4, 900], [0, 1200]]) {
  const press: Press = { pin, longPress: ms > 500 };
  console.log("delivered to", buttons.emit(Topic.Button, press));
}
console.log(net.emit(Topic.Network, "up"), net.emit(Topic.Network, "degraded"), net.emit(Topic.Tick, "x"));
console.log(presses, status, buttons.deliveries, net.deliveries);
console.log(buttons.topics(), net.topics(), Topic.Tick === "tick");
