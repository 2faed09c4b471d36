// A singly linked message queue and a stack with `next: Node | null`.
class MsgNode {
  next: MsgNode | null = null;
  constructor(public text: string, public priority: number) {}
}

class MsgQueue {
  private head: MsgNode | null = null;
  private tail: MsgNode | null = null;
  size = 0;

  push(text: string, priority: number): void {
    const node = new MsgNode(text, priority);
    if (this.tail === null) {
      this.head = node;
    } else {
      this.tail.next = node;
    }
    this.tail = node;
    this.size++;
  }

  shift(): string | null {
    const first = this.head;
    if (!first) return null;
    this.head = first.next;
    if (this.head === null) this.tail = null;
    this.size--;
    return first.text;
  }

  peek(): MsgNode | null {
    return this.head;
  }

  find(minPriority: number): MsgNode | null {
    let node = this.head;
    while (node !== null) {
      if (node.priority >= minPriority) return node;
      node = node.next;
    }
    return null;
  }

  reverse(): void {
    let prev: MsgNode | null = null;
    let node = this.head;
    this.tail = node;
    while (node) {
      const next: MsgNode | null = node.next;
      node.next = prev;
      prev = node;
      node = next;
    }
    this.head = prev;
  }

  toArray(): string[] {
    const out: string[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(`${n.text}:${n.priority}`);
    return out;
  }
}

const q = new MsgQueue();
console.log(q.shift(), q.peek(), q.size);
q.push("boot", 1);
q.push("wifi up", 2);
q.push("alarm", 9);
q.push("tick", 1);
console.log(q.toArray().join(" -> "), q.size);
const urgent = q.find(5);
console.log(urgent ? urgent.text : "none", q.find(10), q.peek()?.text);
q.reverse();
console.log(q.toArray());
console.log(q.shift(), q.shift(), q.size);
q.push("late", 3);
console.log(q.toArray(), q.peek()?.next?.text ?? "end");
while (q.size > 0) console.log("drain", q.shift());
console.log(q.shift() === null, q.peek());
const lone = new MsgNode("solo", 0);
console.log(lone);
