// A field initialized with an empty array and no annotation is `never[]` to TS: there is no
// element type to store, print or serialize. Annotating it is the rewrite.
class Outbox {
  pending = [];
  sent: string[] = [];
  flush(): number {
    return this.pending.length + this.sent.length;
  }
}
console.log(new Outbox().flush());
