export function countEdges(levels: boolean[]): u8 {
  let edges: u8 = 0;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] && !levels[i - 1]) edges++;
  }
  return edges;
}
