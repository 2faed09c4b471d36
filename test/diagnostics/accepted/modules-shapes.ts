// Accepted corpus: interfaces extending interfaces, classes across modules (see modules-main.ts).
export interface Named { name: string }
export interface Measured extends Named { size(): number }
export class Box implements Measured {
  name: string;
  private w: number;
  constructor(w: number, name: string = "box") { this.w = w; this.name = name; }
  size(): number { return this.w * this.scale(); }
  scale(factor?: number): number { return factor === undefined ? 1 : factor; }
}
export class BigBox extends Box {
  constructor() { super(10, "big"); }
  override size(): number { return super.size() * 2; }
}
export enum Kind { Small = 1, Large = 2 }
