interface Packet {
  id: number;
}
const raw: number = 7;
const id = raw as unknown as string;
console.log(id);
