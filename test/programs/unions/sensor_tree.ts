// A binary search tree of sensor ids (left/right: TreeNode | null) with in-order walk and lookup.
class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  count = 1;
  constructor(public id: number, public label: string) {}
}

class SensorIndex {
  root: TreeNode | null = null;

  insert(id: number, label: string): void {
    if (this.root === null) {
      this.root = new TreeNode(id, label);
      return;
    }
    let node: TreeNode = this.root;
    for (;;) {
      if (id === node.id) {
        node.count++;
        node.label = label;
        return;
      }
      const next: TreeNode | null = id < node.id ? node.left : node.right;
      if (next === null) {
        if (id < node.id) node.left = new TreeNode(id, label);
        else node.right = new TreeNode(id, label);
        return;
      }
      node = next;
    }
  }

  find(id: number): TreeNode | null {
    let node = this.root;
    while (node && node.id !== id) node = id < node.id ? node.left : node.right;
    return node;
  }

  depth(node: TreeNode | null): number {
    if (!node) return 0;
    return 1 + Math.max(this.depth(node.left), this.depth(node.right));
  }

  walk(node: TreeNode | null, out: string[]): void {
    if (node === null) return;
    this.walk(node.left, out);
    out.push(`${node.id}:${node.label}${node.count > 1 ? "x" + node.count : ""}`);
    this.walk(node.right, out);
  }

  min(): TreeNode | null {
    let node = this.root;
    while (node?.left) node = node.left;
    return node;
  }
}

const index = new SensorIndex();
console.log(index.min(), index.depth(index.root), index.find(3));
const ids = [50, 30, 70, 20, 40, 60, 80, 30, 65, 10];
for (const id of ids) index.insert(id, `s${id}`);
const out: string[] = [];
index.walk(index.root, out);
console.log(out.join(" "));
console.log("depth", index.depth(index.root), "min", index.min()?.id, "root", index.root?.label);
for (const q of [40, 65, 99, 10]) {
  const hit = index.find(q);
  console.log(q, hit ? hit.label : "missing", hit?.left?.id ?? "-", hit?.right?.id ?? "-", hit !== null);
}
console.log(index.find(20));
