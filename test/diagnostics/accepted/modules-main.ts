// Accepted corpus: imports classes, an enum and a type from modules-shapes.ts.
import { Box, BigBox, Kind, type Measured } from "./modules-shapes";
function total(items: Measured[]): number { let t = 0; for (const m of items) t += m.size(); return t; }
const items: Measured[] = [new Box(2), new BigBox()];
console.log(total(items), items[1] instanceof BigBox, items[0].name, Kind.Large);
const byName = items.filter((m) => m.name.startsWith("b")).map((m) => m.name);
console.log(byName.join("|"));
