// A register map for an I2C sensor driver: names and addresses from pair literals (new Map(pairs)),
// a shadow copy of the register file (Uint8Array), dirty tracking with a Set, and reports built
// with Array.from over Map keys/values, strings, Sets and `{ length }`.
const REGISTERS = new Map([
  ["CTRL_MEAS", 0xf4],
  ["CONFIG", 0xf5],
  ["STATUS", 0xf3],
  ["RESET", 0xe0],
  ["ID", 0xd0],
]);
const RESET_VALUES = new Map<number, number>([[0xf4, 0x00], [0xf5, 0x00], [0xf3, 0x00], [0xe0, 0x00], [0xd0, 0x58]]);

class RegisterFile {
  private shadow = new Uint8Array(256);
  private dirty = new Set<number>();

  constructor() {
    RESET_VALUES.forEach((value, address) => {
      this.shadow[address] = value;
    });
  }

  write(name: string, value: number): void {
    const address = REGISTERS.get(name);
    if (address === undefined) {
      console.log("unknown register", name);
      return;
    }
    if (this.shadow[address] !== (value & 0xff)) this.dirty.add(address);
    this.shadow[address] = value;
  }

  read(name: string): number {
    const address = REGISTERS.get(name);
    return address === undefined ? -1 : this.shadow[address];
  }

  /** The bytes to send: [address, value] for each dirty register, in address order. */
  flush(): Uint8Array {
    const addresses = Array.from(this.dirty).sort((a, b) => a - b);
    const out = new Uint8Array(addresses.length * 2);
    addresses.forEach((address, i) => {
      out[2 * i] = address;
      out[2 * i + 1] = this.shadow[address];
    });
    this.dirty.clear();
    return out;
  }
}

const regs = new RegisterFile();
regs.write("CTRL_MEAS", 0b00100111);
regs.write("CONFIG", 0xa0);
regs.write("CONFIG", 0xa0);
regs.write("RESET", 0x1b6);
regs.write("MISSING", 1);
console.log(regs.read("ID").toString(16), regs.read("RESET").toString(16), regs.read("NOPE"));
console.log(regs.flush(), regs.flush());

const names = Array.from(REGISTERS.keys());
const hexAddresses = Array.from(REGISTERS.values(), (a) => "0x" + a.toString(16));
console.log(names.join(","), hexAddresses);
console.log(Array.from({ length: 4 }, (_, i) => 0xf0 + i), Array.from("CFG"), Array.from(new Set([3, 1, 3, 2])));
const byName = new Map(REGISTERS);
byName.delete("RESET");
console.log(REGISTERS.size, byName.size, new Set(byName.keys()), new Set("aabbc").size);
const histogram = Array.from({ length: 3 }, (_, bucket) => Array.from(REGISTERS.values()).filter((a) => a >> 4 === 0xd + bucket).length);
console.log(histogram);
