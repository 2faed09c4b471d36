// A class that names itself in its own body (`new Vec(...)` in a method) printed with console.log:
// the Node oracle must print `Vec`, not its bundler's rename `_Vec`. Also slot writes at length.

class Vec {
  constructor(
    public x: number,
    public y: number,
  ) {}
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  static origin(): Vec {
    return new Vec(0, 0);
  }
}

const path: Vec[] = [Vec.origin()];
for (let i = 1; i < 4; i++) path.push(path[i - 1].add(new Vec(i, -i)));
path[0] = new Vec(9, 9);
path[0].x += 1;
const index = new Map<Vec, number>();
path.forEach((v, i) => index.set(v, i));
console.log(path.map((v) => `${v.x},${v.y}`).join(" "), index.get(path[2]));
console.log(path);
console.log(path[1], [Vec.origin()], index.size);

const distances: number[] = [0];
for (let i = 1; i < path.length; i++) {
  distances[distances.length] = Math.abs(path[i].x - path[i - 1].x) + Math.abs(path[i].y - path[i - 1].y);
}
distances[distances.length - 1] *= 2;
console.log(distances, distances.length);
