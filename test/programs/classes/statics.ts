// static fields and methods.
class IdGenerator {
  static next = 1;
  static prefix = "dev-";
  static issued: string[] = [];
  static create(): string {
    const id = IdGenerator.prefix + IdGenerator.next;
    IdGenerator.next++;
    IdGenerator.issued.push(id);
    return id;
  }
}
class Device {
  static count = 0;
  readonly id: string;
  constructor() {
    this.id = IdGenerator.create();
    Device.count++;
  }
}
const devices: Device[] = [new Device(), new Device(), new Device()];
console.log(devices.map((d) => d.id).join(","), Device.count, IdGenerator.next);
IdGenerator.prefix = "node-";
console.log(IdGenerator.create(), IdGenerator.issued.join(" "));
